// Small theories of change for the tests of this feature.
import type { Assumption, TheoryOfChange } from '../../types/api';

export function assumption(id: string, holder: string, outcome: string, result: string, activity: string | null = null): Assumption {
  return {
    id, collaboration_id: 'col_1', holder_partner_id: `prt_${holder}`, holder_name: holder, activity_id: activity ? `act_${activity}` : null,
    activity_name: activity, intermediate_outcome_id: outcome, result_id: result, explanation: '', evidence: { strength: 'none', source: '' },
    open_questions: '', expected_direction: null, verdict: { verdict: 'cannot_say', text: 'x' }, can_edit: false,
    created_at: '2026-11-24T10:00:00Z', updated_at: '2026-11-24T10:00:00Z',
  };
}

export function theory(assumptions: Assumption[]): TheoryOfChange {
  const result = (id: string) => ({
    id, collaboration_id: 'col_1', ambition_id: 'amb_1', title: `Resultaat ${id}`, indicator: 'X', regions: ['GM0034'],
    baseline: { value: 1, period: '2022JJ00' }, target: { value: 2, year: 2028 }, agreed_by: [], agreed_on: '2026-01-01',
  });
  const results = [...new Set(assumptions.map((a) => a.result_id))];
  return {
    collaboration_id: 'col_1',
    intermediate_outcomes: ['ioc_a', 'ioc_b'].map((id) => ({ id, collaboration_id: 'col_1', name: `Tussen ${id}`, indicator: null, region: null, figures: null })),
    results: results.map((id) => ({ result: result(id), assumptions: assumptions.filter((a) => a.result_id === id) })),
    common_ground: { intermediate_outcomes: [{ id: 'ioc_a', name: 'Tussen ioc_a', partners: [{ partner_id: 'prt_G', name: 'G' }, { partner_id: 'prt_S', name: 'S' }] }], results: [] },
    activities: [],
    can_record: true,
  };
}
