import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { StartRoute } from './start-route';
import { ExampleBanner } from '../../collaborations/components/example-banner';

const session: { current: unknown } = { current: null };
vi.mock('../../auth/api/session', () => ({ useSignedIn: () => session.current }));
vi.mock('../../../lib/regions', () => ({
  useRegions: () => ({ status: 'success', data: [{ code: 'GM0034', name: 'Almere', level: 'municipality' }] }),
}));
const example = { id: 'col_1', name: 'Samen sterk (voorbeeld)', example: true, my_role: 'coordinator' };
vi.mock('../../../lib/use-api', () => ({
  useFresh: (path: string | null) =>
    path === null ? { status: 'idle', reload: () => {} } : { status: 'success', data: [{ ...example, id: 'col_0', name: 'Echt', example: false }, example], reload: () => {} },
}));
const detail: { current: unknown } = { current: null };
vi.mock('../../../lib/collaboration', () => ({
  collaborationPath: (id: string) => `/samenwerkingen/${id}`,
  useCollaboration: () => ({ status: 'success', data: detail.current }),
}));

const hrefs = (name: RegExp) => screen.getAllByRole('link', { name }).map((a) => a.getAttribute('href'));

describe('StartRoute', () => {
  it('explains every block of the compass, in order', () => {
    session.current = null;
    render(<StartRoute />);
    const blocks = within(screen.getByTestId('start-blocks')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(blocks.map((t) => t?.split(' ')[0])).toEqual(['0', '1A', '1B', '3A', '3B', '4', '5', '6']);
  });

  it('signed out: the youth profile is open, the rest goes through the sign-in page', () => {
    session.current = null;
    render(<StartRoute />);
    expect(hrefs(/Staat van de jeugd in Almere/)).toEqual(['/regio/GM0034']);
    expect(hrefs(/Resultaten en voortgang/)[0]).toBe('/inloggen?terug=%2Fsamenwerkingen');
    expect(screen.getByTestId('start-sign-in')).toBeTruthy();
  });

  it('signed in: the links open the example collaboration\'s pages', () => {
    session.current = { organisation: { kind: 'municipality' } };
    render(<StartRoute />);
    expect(hrefs(/Resultaten en voortgang/)).toEqual(['/samenwerkingen/col_1/resultaten']);
    expect(hrefs(/Veranderverhaal/)).toEqual(['/samenwerkingen/col_1/veranderverhaal']);
    expect(hrefs(/Uitkomsten in de gemeente/)).toEqual(['/uitkomsten/gemeente']);
    expect(screen.getByTestId('start-example').textContent).toMatch(/verzonnen/);
  });
});

describe('ExampleBanner', () => {
  it('marks the example collaboration and nothing else', () => {
    detail.current = { ...example };
    const { unmount } = render(<ExampleBanner collaborationId="col_1" />);
    expect(screen.getByTestId('example-banner').textContent).toMatch(/Voorbeeld.*verzonnen.*CBS-cijfers.*echt/s);
    unmount();
    detail.current = { ...example, example: false };
    render(<ExampleBanner collaborationId="col_0" />);
    expect(screen.queryByTestId('example-banner')).toBeNull();
  });
});
