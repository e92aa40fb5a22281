import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { AssumptionTable } from './assumption-table';
import { assumption, theory } from '../test-fixtures';

describe('AssumptionTable', () => {
  it('has a caption, one row per assumption with the holder and the verdict in words, and no actions for a reader', () => {
    const a = { ...assumption('asm_1', 'GGD', 'ioc_a', 'res_1'), evidence: { strength: 'research_based' as const, source: 'Trimbos 2024' } };
    render(<AssumptionTable theory={theory([a, assumption('asm_2', 'Gemeente', 'ioc_b', 'res_1')])} onEdit={vi.fn()} onDelete={vi.fn()} />);
    const table = screen.getByTestId('assumption-table');
    expect(table.querySelector('caption')?.textContent).toMatch(/Alle veronderstellingen/);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('GGD');
    expect(rows[0].textContent).toContain('onderzoek');
    expect(rows[0].textContent).toContain('Trimbos 2024');
    expect(rows[0].textContent).toContain('niet te zeggen');
    expect(rows[0].textContent).toContain('Nog geen activiteit gekozen');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('Actie')).toBeNull();
  });

  it('offers change and delete, with names that say whose assumption, only where the reader may edit', () => {
    const own = { ...assumption('asm_1', 'GGD', 'ioc_a', 'res_1'), can_edit: true };
    const onEdit = vi.fn();
    render(<AssumptionTable theory={theory([own, assumption('asm_2', 'Gemeente', 'ioc_b', 'res_1')])} onEdit={onEdit} onDelete={vi.fn()} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Wijzig de veronderstelling van GGD over Tussen ioc_a',
      'Verwijder de veronderstelling van GGD over Tussen ioc_a',
    ]);
    buttons[0].click();
    expect(onEdit).toHaveBeenCalledWith(own);
  });

  it('says so when there are no assumptions yet', () => {
    render(<AssumptionTable theory={theory([])} onEdit={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByText('Er zijn nog geen veronderstellingen vastgelegd.')).toBeTruthy();
  });
});
