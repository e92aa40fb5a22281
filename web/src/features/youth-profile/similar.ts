// Issue 15: what the profile says about a group value of similar municipalities. Pure.
import type { SimilarEntry } from '../../types/api';

/** "mediaan van 2 van de 3 gemeenten; zonder cijfer: Bdorp" or "samengeteld over ...". */
export function describeGroupValue(entry: SimilarEntry, names: Record<string, string>): string {
  const total = entry.with_value.length + entry.without_value.length;
  if (total === 0) return 'geen andere gemeenten in de groep';
  if (entry.value === null) return total === 1 ? 'de gemeente in de groep heeft dit cijfer niet' : `geen van de ${total} gemeenten heeft dit cijfer`;
  const how = entry.method === 'pooled' ? 'samengeteld (tellers gedeeld door noemers) over' : 'mediaan van';
  let text = `${how} ${entry.with_value.length} van de ${total} ${total === 1 ? 'gemeente' : 'gemeenten'}`;
  if (entry.without_value.length > 0) {
    text += `; zonder cijfer: ${entry.without_value.map((code) => names[code] ?? code).join(', ')}`;
  }
  return text;
}
