/**
 * A problem in a source file of the geo build, located precisely enough to fix:
 * `geo/sources/points.csv:12 lon: 25.83 is not a longitude in the region (113–119). Did you swap lon and lat?`
 */
export class SourceDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    const place = line === undefined ? file : `${file}:${line}`;
    super(field === undefined ? `${place}: ${problem}` : `${place} ${field}: ${problem}`);
    this.name = 'SourceDataError';
  }
}
