import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Indicator, ProfileEntry, Region } from '../../../types/api';
import { IndicatorCard } from './indicator-card';

const indicator: Indicator = {
  key: 'PercentageJongerenMetJeugdzorg', title: 'Jongeren met jeugdzorg', unit: '%', decimals: 1,
  direction: 'neutral', source: 'CBS', definition: '',
};
const district: Region = { code: 'WK003406', name: 'Almere Pampus', level: 'district', parent: 'GM0034' };
const almere: Region = { code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' };
const base = { indicator: 'PercentageJongerenMetJeugdzorg', numerator: null, denominator: null };

function renderCard(entry: ProfileEntry, onSelect = () => {}) {
  return render(<IndicatorCard entry={entry} region={district} parentRegion={almere} selected={false} detailId="d" onSelect={onSelect} />);
}

describe('IndicatorCard', () => {
  it('shows an unknown figure as "onbekend", not as 0', () => {
    const { container } = renderCard({
      indicator,
      latest: { ...base, region: 'WK003406', period: '2025JJ00', value: null, status: 'unknown' },
      previous: { ...base, region: 'WK003406', period: '2024JJ00', value: 12.3, status: 'known' },
      change: null,
      parent: { ...base, region: 'GM0034', period: '2025JJ00', value: null, status: 'unknown' },
      country: null,
      from_region: null, nearest_level_note: null, local_note: null,
    });
    expect(screen.getByText('onbekend')).toBeTruthy();
    expect(container.textContent).not.toMatch(/\b0,0\b|NaN|undefined/);
    expect(screen.getByText('Verandering ten opzichte van 2024 onbekend')).toBeTruthy();
    expect(screen.getAllByText('niet bekend')).toHaveLength(2);
  });

  it('shows a provisional figure with its comparison and change', () => {
    const onSelect = vi.fn();
    renderCard(
      {
        indicator,
        latest: { ...base, region: 'WK003406', period: '2024JJ00', value: 12.3, status: 'provisional' },
        previous: { ...base, region: 'WK003406', period: '2023JJ00', value: 12.1, status: 'known' },
        change: 0.2,
        parent: { ...base, region: 'GM0034', period: '2024JJ00', value: 11.7, status: 'provisional' },
        country: { ...base, region: 'NL01', period: '2024JJ00', value: 10.6, status: 'provisional' },
        from_region: null, nearest_level_note: null, local_note: null,
      },
      onSelect,
    );
    expect(screen.getByText('12,3 %')).toBeTruthy();
    expect(screen.getByText('voorlopig')).toBeTruthy();
    expect(screen.getByText('11,7 %')).toBeTruthy();
    expect(screen.getByText('10,6 %')).toBeTruthy();
    expect(screen.getByText(/Gestegen met \+0,2 procentpunt/)).toBeTruthy();
    const button = screen.getByRole('button', { name: /Bekijk verloop voor Jongeren met jeugdzorg/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it('shows the nearest level with its note, and no country row when there are no national figures', () => {
    const { container } = render(
      <IndicatorCard
        entry={{
          indicator,
          latest: { ...base, region: 'GM0034', period: '2024JJ00', value: 11.7, status: 'known' },
          previous: null,
          change: null,
          parent: null,
          country: null,
          from_region: almere,
          nearest_level_note: 'Voor deze wijk is dit cijfer niet bekend; hier staat het cijfer van gemeente Almere.',
          local_note: null,
        }}
        region={district}
        parentRegion={almere}
        selected={false}
        detailId="d"
        onSelect={() => {}}
        showCountry={false}
      />,
    );
    expect(screen.getByTestId('nearest-level-note').textContent).toContain('hier staat het cijfer van gemeente Almere');
    expect(container.textContent).toContain('Almere, 2024');
    expect(container.textContent).not.toContain('Nederland');
    expect(container.querySelectorAll('.kompas-card__compare-row')).toHaveLength(0);
  });
});
