import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { ElementSummary } from '../../../types/api';
import { ElementResult } from './element-result';

// ECharts needs a real layout; the figures are in the table anyway.
vi.mock('../../../components/chart', () => ({
  chartColors: { region: '#000', grid: '#ddd' },
  Chart: ({ label, testId }: { label: string; testId?: string }) => <div role="img" aria-label={label} data-testid={testId} />,
}));

const hidden: ElementSummary = {
  element: 'relations_and_trust',
  responses: 2,
  hidden: true,
  distribution: null,
  mean: null,
  median: null,
  min: null,
  max: null,
  previous_mean: null,
  previous_responses: 4,
  change: null,
  comments: [{ text: 'Fijn overleg.', signed_by: 'Bram Bakker' }],
};

const shown: ElementSummary = {
  ...hidden,
  responses: 3,
  hidden: false,
  distribution: [0, 0, 0, 0, 0, 1, 1, 1, 0, 0],
  mean: 7,
  median: 7,
  min: 6,
  max: 8,
  previous_mean: 6.5,
  previous_responses: 4,
  change: 0.5,
  comments: [
    { text: 'Fijn overleg.', signed_by: 'Bram Bakker' },
    { text: 'Kan beter.', signed_by: null },
  ],
};

describe('ElementResult', () => {
  it('with fewer than three answers shows the count and why, but no figures, chart or table', () => {
    render(<ElementResult summary={hidden} minAnswers={3} />);
    const section = screen.getByTestId('element-result');
    expect(within(section).getByTestId('responses').textContent).toBe('2');
    expect(within(section).getByTestId('withheld').textContent).toMatch(/verschijnt bij 3 of meer antwoorden/);
    expect(within(section).queryByText('Gemiddelde')).toBeNull();
    expect(within(section).queryByTestId('change')).toBeNull();
    expect(within(section).queryByTestId('distribution-relations_and_trust')).toBeNull();
    expect(within(section).queryByTestId('chart-relations_and_trust')).toBeNull();
    // The signed comment stays, with a word on the unsigned ones.
    expect(section.textContent).toMatch(/Fijn overleg\.\s*— Bram Bakker/);
    expect(section.textContent).toMatch(/Toelichtingen zonder naam verschijnen ook pas bij 3 of meer antwoorden/);
    expect(section.textContent).not.toMatch(/NaN|undefined|null/);
  });

  it('from three answers on shows mean, change, the spread and every comment', () => {
    render(<ElementResult summary={shown} minAnswers={3} />);
    const section = screen.getByTestId('element-result');
    expect(within(section).queryByTestId('withheld')).toBeNull();
    expect(within(section).getByText('Gemiddelde').nextSibling?.textContent).toBe('7,0');
    expect(within(section).getByTestId('change').textContent).toBe('+0,5 ten opzichte van vorige ronde');
    const cells = within(screen.getByTestId('distribution-relations_and_trust')).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['0', '0', '0', '0', '0', '1', '1', '1', '0', '0']);
    expect(section.textContent).toMatch(/Kan beter\.\s*— anoniem/);
    expect(section.textContent).not.toMatch(/verschijnen ook pas/);
  });

  it('does not compare with a previous round that had too few answers', () => {
    render(<ElementResult summary={{ ...shown, previous_mean: null, previous_responses: 2, change: null }} minAnswers={3} />);
    expect(screen.getByTestId('change').textContent).toBe('niet te vergelijken: de vorige ronde had minder dan 3 antwoorden');
  });
});
