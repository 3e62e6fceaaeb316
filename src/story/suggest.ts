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
 * The candidate closest to `input` by any of its names, if it is close enough to be a typo
 * (at most a third of the input's length, and at least 1 edit allowed).
 *
 * @example nearest('龙南县', [{value: 'longnan', names: ['longnan', '龙南市']}]) // → 'longnan'
 */
export function nearest(input: string, candidates: readonly Candidate[]): string | undefined {
  const limit = Math.max(1, Math.floor([...input].length / 3));
  let best: {value: string; distance: number} | undefined;
  for (const candidate of candidates) {
    for (const name of candidate.names) {
      const distance = editDistance(input.toLowerCase(), name.toLowerCase());
      if (distance <= limit && (!best || distance < best.distance)) best = {value: candidate.value, distance};
    }
  }
  return best?.value;
}
