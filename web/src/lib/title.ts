import { useEffect } from 'react';

/** Sets the page title: "<what> – Kompas". */
export function useDocumentTitle(what: string | null): void {
  useEffect(() => {
    if (what) document.title = `${what} – Kompas`;
  }, [what]);
}
