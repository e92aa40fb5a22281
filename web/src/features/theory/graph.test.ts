import { describe, expect, it } from 'vitest';
import type { Assumption, TheoryOfChange } from '../../types/api';
import { COLUMN_X, NO_ACTIVITY, buildGraph, describeGraph, shortLabel } from './graph';

function assumption(id: string, holder: string, outcome: string, result: string, activity: string | null = null): Assumption {
  return {
    id, collaboration_id: 'col_1', holder_partner_id: `prt_${holder}`, holder_name: holder, activity_id: activity ? `act_${activity}` : null,
    activity_name: activity, intermediate_outcome_id: outcome, result_id: result, explanation: '', evidence: { strength: 'none', source: '' },
    open_questions: '', expected_direction: null, verdict: { verdict: 'cannot_say', text: 'x' }, can_edit: false,
    created_at: '2026-11-24T10:00:00Z', updated_at: '2026-11-24T10:00:00Z',
  };
}

function theory(assumptions: Assumption[]): TheoryOfChange {
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

describe('buildGraph', () => {
  it('puts activities, outcomes and results in three fixed columns and joins shared links', () => {
    const graph = buildGraph(theory([
      assumption('asm_1', 'G', 'ioc_a', 'res_1', 'Opvoedcursus'),
      assumption('asm_2', 'S', 'ioc_a', 'res_1', 'Opvoedcursus'),
      assumption('asm_3', 'S', 'ioc_b', 'res_1'),
    ]));
    expect(graph.nodes.map((n) => [n.name, n.x])).toEqual([
      ['Opvoedcursus', COLUMN_X[0]], [NO_ACTIVITY, COLUMN_X[0]], ['Tussen ioc_a', COLUMN_X[1]], ['Tussen ioc_b', COLUMN_X[1]], ['Resultaat res_1', COLUMN_X[2]],
    ]);
    expect(graph.nodes.find((n) => n.id === 'ioc:ioc_a')?.shared).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'ioc:ioc_b')?.shared).toBe(false);
    const line = graph.edges.find((e) => e.source === 'act:act_Opvoedcursus');
    expect(line?.holders).toEqual(['G', 'S']);
    expect(graph.edges).toHaveLength(4);
    // The single result sits in the middle of the two rows.
    expect(graph.nodes.find((n) => n.column === 2)?.y).toBe(40);
  });

  it('is empty without assumptions and says so', () => {
    const graph = buildGraph(theory([]));
    expect(graph.nodes).toEqual([]);
    expect(describeGraph(graph)).toMatch(/nog geen veronderstellingen/);
  });
});

describe('shortLabel', () => {
  it('keeps short names and shortens long ones with an ellipsis', () => {
    expect(shortLabel('Kort')).toBe('Kort');
    expect(shortLabel('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
