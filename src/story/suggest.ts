/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({length: right.length + 1}, (_, i) => i);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] as number) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] as number;
}

/** A candidate the author may have meant, and the names it is known by. */
export interface Candidate {
  value: string;
  names: readonly string[];
}

/**
 * The candidates closest to `input` by any of their names, if close enough to be a typo (at most a
 * third of the input's length, and at least 1 edit allowed). A tie names every candidate at that
 * distance, in the order given: which one was meant is the author's call, not the list's order.
 *
 * @example nearest('龙南县', [{value: 'longnan', names: ['龙南市']}, {value: 'dingnan', names: ['定南县']}]) // → ['longnan', 'dingnan']
 */
export function nearest(input: string, candidates: readonly Candidate[]): string[] {
  const limit = Math.max(1, Math.floor([...input].length / 3));
  let best = limit + 1;
  let values: string[] = [];
  for (const candidate of candidates) {
    const distance = Math.min(...candidate.names.map((name) => editDistance(input.toLowerCase(), name.toLowerCase())));
    if (distance < best) {
      best = distance;
      values = [candidate.value];
    } else if (distance === best) values.push(candidate.value);
  }
  return values;
}

/**
 * Alternatives as a phrase: `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
 *
 * @example `did you mean ${orList(['"longnan" (龙南市)', '"dingnan" (定南县)'])}?`
 */
export function orList(alternatives: readonly string[]): string {
  return joinList(alternatives, 'or');
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function andList(items: readonly string[]): string {
  return joinList(items, 'and');
}

function joinList(items: readonly string[], conjunction: 'and' | 'or'): string {
  const last = items.at(-1) ?? '';
  return items.length <= 1 ? last : `${items.slice(0, -1).join(', ')} ${conjunction} ${last}`;
}
