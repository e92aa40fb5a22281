import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { ElementSummary, EvaluationResult } from '../../../types/api';
import { ELEMENTS } from '../elements';
import { RoundRoute } from './round-route';

vi.mock('../../../components/chart', () => ({
  chartColors: { region: '#000', grid: '#ddd' },
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const result: { current: EvaluationResult } = { current: null as unknown as EvaluationResult };
vi.mock('../api/evaluations', () => ({
  useRoundResult: () => ({ status: 'success', data: result.current }),
  evaluationsPath: () => '/samenwerkingen/col_1/evaluaties',
  submitResponse: vi.fn(),
  closeRound: vi.fn(),
}));
vi.mock('../../../lib/collaboration', () => ({
  useCollaboration: () => ({ status: 'success', data: { name: 'Samen sterk', my_role: 'viewer' } }),
  collaborationPath: () => '/samenwerkingen/col_1',
}));

const withheld = (element: ElementSummary['element'], responses: number): ElementSummary => ({
  element, responses, hidden: true, distribution: null, mean: null, median: null, min: null, max: null,
  previous_mean: null, previous_responses: 0, change: null, comments: [],
});

function round(responses: number, elements: ElementSummary[]): EvaluationResult {
  return {
    id: 'evr_1', collaboration_id: 'col_1', title: 'Voorjaar', opened_at: '2026-11-24T10:15:00Z', closed: false,
    responses, my_response_submitted: false, min_answers: 3,
    // The API sends the six elements in a fixed order (a tuple); the tests build them from ELEMENTS.
    elements: elements as EvaluationResult['elements'],
  };
}

describe('RoundRoute results', () => {
  it('with one answer says that the results appear from three answers, and shows no figures', async () => {
    result.current = round(1, ELEMENTS.map((e) => withheld(e.key, 1)));
    render(<RoundRoute collaborationId="col_1" roundId="evr_1" />);
    expect(screen.getByTestId('response-count').textContent).toBe('1 antwoord in deze ronde.');
    expect(screen.getByTestId('results-withheld').textContent).toMatch(/De uitslag ziet u zodra er minstens 3 antwoorden zijn/);
    expect(await screen.findAllByTestId('withheld')).toHaveLength(6);
    expect(screen.queryByText('Gemiddelde')).toBeNull();
  });

  it('with three answers shows the results without the notice', async () => {
    result.current = round(3, ELEMENTS.map((e) => ({
      ...withheld(e.key, 3), hidden: false, distribution: [0, 0, 0, 0, 0, 0, 3, 0, 0, 0], mean: 7, median: 7, min: 7, max: 7,
    })));
    render(<RoundRoute collaborationId="col_1" roundId="evr_1" />);
    expect(screen.queryByTestId('results-withheld')).toBeNull();
    expect(await screen.findAllByText('Gemiddelde')).toHaveLength(6);
    expect(screen.queryByTestId('withheld')).toBeNull();
  });
});
