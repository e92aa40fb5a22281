import { describe, expect, it } from 'vitest';
import { COLUMN_X, NO_ACTIVITY, buildGraph, describeGraph, shortLabel } from './graph';
import { assumption, theory } from './test-fixtures';

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
