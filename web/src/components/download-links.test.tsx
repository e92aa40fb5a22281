import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DownloadLinks } from './download-links';

describe('DownloadLinks', () => {
  test('CSV and Excel links to the export route, keeping its own query', () => {
    render(<DownloadLinks href="/api/outcomes/municipality/GM0363/export?granularity=year" what="deze uitkomsten" />);
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/outcomes/municipality/GM0363/export?granularity=year&format=csv');
    expect(screen.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href')).toBe('/api/outcomes/municipality/GM0363/export?granularity=year&format=xlsx');
  });
  test('a route without a query gets one', () => {
    render(<DownloadLinks href="/api/regions/GM0034/profile/export" what="alle cijfers" />);
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/regions/GM0034/profile/export?format=csv');
  });
});
