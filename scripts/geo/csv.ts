import {readFileSync} from 'node:fs';
import {parse} from 'csv-parse/sync';

/** A CSV row as a record of its header's fields, with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: Record<string, string>;
}

/** Line breaks between records: LF, CRLF, and CR alone (old Mac editors), mixed in one file too. */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Parses RFC 4180 CSV with csv-parse: quoted fields, doubled quotes, line breaks inside quotes,
 * any line ending, a UTF-8 byte-order mark. Every row must have as many fields as the header;
 * problems name the file, the line and the fix.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  let records: {info: {lines: number}; raw: string; record: string[]}[];
  try {
    records = parse(text, {bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r']}) as unknown as typeof records;
  } catch (error) {
    const {lines, message} = error as {lines?: number; message: string};
    throw new Error(`${file}:${lines ?? 1}: ${message}. A field with a quote, comma or line break must be quoted as a whole, its quotes doubled: "x""y""z".`, {cause: error});
  }
  // csv-parse counts the line a record ends on; a quoted field can span lines, and the raw text
  // of a record also holds the blank lines skipped before it.
  const rows = records
    .map(({info, raw, record}) => ({line: info.lines - (raw.replace(/^(\r\n|\r|\n)+/, '').replace(/(\r\n|\r|\n)$/, '').match(LINE_BREAK)?.length ?? 0), cells: record}))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) throw new Error(`${file}: the file is empty; it needs a header row.`);
  return body.map(({line, cells}) => {
    if (cells.length !== header.cells.length) {
      throw new Error(`${file}:${line}: expected ${header.cells.length} fields (${header.cells.join(', ')}), found ${cells.length}. Quote fields that contain commas.`);
    }
    return {line, fields: Object.fromEntries(header.cells.map((name, index) => [name, cells[index] ?? '']))};
  });
}

/**
 * Reads a source table. `file` is its path in the repository (`geo/sources/railways.csv`), used in
 * error messages; it is read from the folder `sources`, so tests can build from other tables.
 */
export function readSourceTable(sources: string, file: string): CsvRow[] {
  const path = `${sources}/${file.slice(file.lastIndexOf('/') + 1)}`;
  return parseCsv(readFileSync(path, 'utf8'), file);
}
