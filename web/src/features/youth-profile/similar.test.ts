import { describe, expect, it } from 'vitest';
import { describeGroupValue } from './similar';

const entry = (value: number | null, method: 'pooled' | 'median', withValue: string[], without: string[]) => ({
  indicator: 'p', period: '2024JJ00', value, method, with_value: withValue, without_value: without,
});

describe('describeGroupValue', () => {
  it('says the method, how many members had a value and who had none', () => {
    expect(describeGroupValue(entry(10, 'median', ['GM0901'], ['GM0902']), { GM0902: 'Bdorp' })).toBe(
      'mediaan van 1 van de 2 gemeenten; zonder cijfer: Bdorp',
    );
    expect(describeGroupValue(entry(25, 'pooled', ['A', 'B'], []), {})).toBe('samengeteld (tellers gedeeld door noemers) over 2 van de 2 gemeenten');
  });
  it('says when there is nobody or no figure', () => {
    expect(describeGroupValue(entry(null, 'median', [], []), {})).toBe('geen andere gemeenten in de groep');
    expect(describeGroupValue(entry(null, 'median', [], ['A']), {})).toBe('de gemeente in de groep heeft dit cijfer niet');
  });
});
