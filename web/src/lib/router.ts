// Minimal client-side routing on the History API: the server returns index.html for any path
// without an extension, so /regio/WK003401 can be opened, bookmarked and shared.
import { useEffect, useState } from 'react';

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

const EVENT = 'kompas:navigate';

function current(): Location {
  return { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return location;
}

/** Path of a region page, optionally with the opened indicator. */
export function regionPath(code: string, indicator?: string | null): string {
  const base = `/regio/${encodeURIComponent(code)}`;
  return indicator ? `${base}?indicator=${encodeURIComponent(indicator)}` : base;
}

/** True for a plain left click that the app should handle itself (not a new tab or window). */
export function isPlainClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean }): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Only paths inside this site are followed after signing in (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/samenwerkingen';
  if (value.startsWith('/inloggen')) return '/samenwerkingen';
  return value;
}

export function signInPath(returnTo: string): string {
  return `/inloggen?terug=${encodeURIComponent(returnTo)}`;
}
