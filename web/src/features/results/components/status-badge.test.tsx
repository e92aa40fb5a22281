import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it('shows "kan (nog) niet zeggen" for cannot_say, with a neutral look only', () => {
    render(<StatusBadge status="cannot_say" />);
    const badge = screen.getByTestId('status-badge');
    expect(badge.textContent).toContain('kan (nog) niet zeggen');
    const classes = badge.className;
    expect(classes).toContain('kompas-status--neutral');
    expect(classes).not.toMatch(/success|danger|positive|attention|error|warning|good|bad/);
  });

  it('says "achter" in words for behind, not only in colour', () => {
    render(<StatusBadge status="behind" />);
    expect(screen.getByTestId('status-badge').textContent).toContain('achter');
  });
});
