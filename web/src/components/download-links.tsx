// "Downloaden als CSV of Excel": the same table as on the screen, with the same hidden cells, from
// an export route of the API (?format=csv|xlsx). The browser sends the session cookie along.
export function DownloadLinks({ href, what, testId }: { href: string; what: string; testId?: string }) {
  const url = (format: 'csv' | 'xlsx') => `${href}${href.includes('?') ? '&' : '?'}format=${format}`;
  return (
    <p className="kompas-downloads" data-testid={testId}>
      Download {what}:{' '}
      <a href={url('csv')} download>
        CSV
      </a>{' '}
      of{' '}
      <a href={url('xlsx')} download>
        Excel (.xlsx)
      </a>
      .
    </p>
  );
}
