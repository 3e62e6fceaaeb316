import {describe, expect, it} from 'vitest';
import {parseCsv} from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and newlines, keeping each row’s line', () => {
    const rows = parseCsv('a,b\n1,"x, ""y"""\n2,"multi\nline"\n3,z\n', 'test.csv');
    expect(rows).toEqual([
      {line: 2, fields: {a: '1', b: 'x, "y"'}},
      {line: 3, fields: {a: '2', b: 'multi\nline'}},
      {line: 5, fields: {a: '3', b: 'z'}},
    ]);
  });

  it('names the file and line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'geo/sources/x.csv')).toThrow('geo/sources/x.csv:3: expected 2 fields');
  });
});
