// The theory of change as a graph in three fixed columns, activity → intermediate outcome →
// result, and the words the page uses for its values. Pure functions, tested in graph.test.ts.
import type { Assumption, EvidenceStrength, ExpectedDirection, FigureVerdict, TheoryOfChange } from '../../types/api';

export const STRENGTH_LABELS: Record<EvidenceStrength, string> = {
  none: 'geen onderbouwing',
  practice_based: 'praktijkkennis',
  research_based: 'onderzoek',
};

export const DIRECTION_LABELS: Record<ExpectedDirection, string> = {
  increase: 'stijgt',
  decrease: 'daalt',
};

export const VERDICT_LABELS: Record<FigureVerdict, string> = {
  as_expected: 'beweegt zoals verwacht',
  against: 'beweegt tegen de verwachting in',
  cannot_say: 'niet te zeggen',
};

export const NO_ACTIVITY = 'Nog geen activiteit gekozen';

export type Column = 0 | 1 | 2;

export interface GraphNode {
  id: string;
  name: string;
  column: Column;
  /** Named in the assumptions of more than one partner. */
  shared: boolean;
  x: number;
  y: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** The partners whose assumptions draw this line, by name. */
  holders: string[];
}

export interface TheoryGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const COLUMN_X = [0, 400, 800] as const;
export const ROW_HEIGHT = 80;

/** Every assumption in a flat list, in the order of the results. */
export function allAssumptions(theory: TheoryOfChange): Assumption[] {
  return theory.results.flatMap((group) => group.assumptions);
}

/**
 * Nodes for the activities, intermediate outcomes and results that assumptions name (an assumption
 * without an activity starts at one "no activity yet" node), each column in the order first named;
 * one edge per distinct link with the partners who hold it.
 */
export function buildGraph(theory: TheoryOfChange): TheoryGraph {
  const columns: GraphNode[][] = [[], [], []];
  const byId = new Map<string, GraphNode>();
  const outcomeNames = new Map(theory.intermediate_outcomes.map((o) => [o.id, o.name]));
  const sharedOutcomes = new Set(theory.common_ground.intermediate_outcomes.map((g) => g.id));
  const sharedResults = new Set(theory.common_ground.results.map((g) => g.id));
  const node = (id: string, name: string, column: Column, shared: boolean) => {
    let found = byId.get(id);
    if (!found) {
      found = { id, name, column, shared, x: COLUMN_X[column], y: columns[column].length * ROW_HEIGHT };
      columns[column].push(found);
      byId.set(id, found);
    }
    return found;
  };
  const edges = new Map<string, GraphEdge>();
  const edge = (source: string, target: string, holder: string) => {
    const key = `${source}→${target}`;
    const found = edges.get(key) ?? { source, target, holders: [] };
    if (!found.holders.includes(holder)) found.holders.push(holder);
    edges.set(key, found);
  };
  for (const group of theory.results) {
    for (const a of group.assumptions) {
      const activity = a.activity_id ? node(`act:${a.activity_id}`, a.activity_name ?? a.activity_id, 0, false) : node('act:none', NO_ACTIVITY, 0, false);
      const outcome = node(`ioc:${a.intermediate_outcome_id}`, outcomeNames.get(a.intermediate_outcome_id) ?? a.intermediate_outcome_id, 1, sharedOutcomes.has(a.intermediate_outcome_id));
      const result = node(`res:${group.result.id}`, group.result.title, 2, sharedResults.has(group.result.id));
      edge(activity.id, outcome.id, a.holder_name);
      edge(outcome.id, result.id, a.holder_name);
    }
  }
  // Centre shorter columns against the tallest, so the lines run mostly level.
  const tallest = Math.max(1, ...columns.map((c) => c.length));
  for (const column of columns) {
    const offset = ((tallest - column.length) * ROW_HEIGHT) / 2;
    for (const n of column) n.y += offset;
  }
  return { nodes: columns.flat(), edges: [...edges.values()] };
}

/** A plain-language summary of the graph for its aria-label. */
export function describeGraph(graph: TheoryGraph): string {
  const count = (column: Column) => graph.nodes.filter((n) => n.column === column).length;
  if (graph.nodes.length === 0) return 'Veranderverhaal: er zijn nog geen veronderstellingen.';
  return (
    `Veranderverhaal als schema: ${count(0)} activiteit(en) links, ${count(1)} tussenresultaat (tussenresultaten) in het midden ` +
    `en ${count(2)} resultaat (resultaten) rechts, verbonden door ${graph.edges.length} lijn(en). ` +
    'De tabel onder het schema geeft dezelfde veronderstellingen.'
  );
}

/** Shortens a long name for a label in the drawing; the table shows it whole. */
export function shortLabel(name: string, max = 34): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
