import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Portfolio, PortfolioFigures } from '../../../types/api';
import { MAX_MATRIX_COLUMNS, PortfolioMatrix } from './portfolio-matrix';

const none: PortfolioFigures = { activities: 0, budget_planned: null, budget_spent: null, reach_planned: null, reach_actual: null, incomplete: false };

function portfolio(activities: number): Portfolio {
  return {
    year: 2026,
    years: [2026],
    results: [{ result_id: 'res_a', title: 'Minder schooluitval', ambition_title: '', priority: null, urgency: null, figures: none, budget_share: null, attention: 'none', attention_text: '' }],
    activities: Array.from({ length: activities }, (_, i) => ({
      activity_id: `act_${i}`, name: `Activiteit ${i}`, actor: '', echelon: 'prevention', status: 'planned', kind: null, figures: none,
      cost_per_child: null, cost_basis: null, quality_known: false, monitoring_agreement: false, result_ids: i === 1 ? ['res_a'] : [],
    })),
    cells: [{ result_id: 'res_a', activity_id: 'act_1', reason: 'omdat' }],
    echelons: [],
    total: { ...none, activities, budget_planned: 1000 },
    results_without_activity: [],
    activities_without_result: [],
    decisions: [],
  };
}

describe('PortfolioMatrix', () => {
  test('a column per activity, with the reason for screen readers', () => {
    render(<PortfolioMatrix portfolio={portfolio(3)} />);
    const table = screen.getByTestId('portfolio-matrix');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Resultaat', 'Activiteit 0', 'Activiteit 1', 'Activiteit 2', 'Budget gepland', 'Bereik gepland']);
    expect(within(table).getByText('draagt bij: omdat')).toBeTruthy();
  });
  test('folded into one row per result when there are too many activities for columns', () => {
    render(<PortfolioMatrix portfolio={portfolio(MAX_MATRIX_COLUMNS + 1)} />);
    const table = screen.getByTestId('portfolio-matrix');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    expect(within(table).getByText('1: Activiteit 1')).toBeTruthy();
    expect(within(table).getByTestId('total-budget').textContent).toBe('€ 1.000');
  });
});
