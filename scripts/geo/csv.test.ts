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

  it('reads a file saved with a UTF-8 byte-order mark: the first header is itself', () => {
    expect(parseCsv('\uFEFFid,name\nx,y\n', 'test.csv')).toEqual([{line: 2, fields: {id: 'x', name: 'y'}}]);
  });

  it('reads files with CR-only line endings', () => {
    expect(parseCsv('a,b\r1,2\r3,4', 'test.csv')).toEqual([
      {line: 2, fields: {a: '1', b: '2'}},
      {line: 3, fields: {a: '3', b: '4'}},
    ]);
  });

  it('refuses a stray quote inside an unquoted field, naming the line and the fix', () => {
    expect(() => parseCsv('a,b\n1,2\nx"y"z,3\n', 'geo/sources/x.csv')).toThrow(/^geo\/sources\/x\.csv:3: .*quote.*"x""y""z"/s);
  });

  it('keeps each row’s own line after blank lines', () => {
    expect(parseCsv('a,b\n\n1,2\n', 'test.csv')).toEqual([{line: 3, fields: {a: '1', b: '2'}}]);
    expect(() => parseCsv('a,b\n1,2\n\n\n3\n', 'geo/sources/x.csv')).toThrow('geo/sources/x.csv:5: expected 2 fields');
  });

  it('reads a file whose line endings are mixed', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6\r\n', 'test.csv')).toEqual([
      {line: 2, fields: {a: '1', b: '2'}},
      {line: 3, fields: {a: '3', b: '4'}},
      {line: 4, fields: {a: '5', b: '6'}},
    ]);
  });
});
