// A link inside the app: a real <a href> (works without script, opens in a new tab), followed
// through the History API on a plain click so the session and page state stay.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { isPlainClick, navigate } from '../lib/router';

export function AppLink({ href, onClick, className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={click} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...rest} />;
}
