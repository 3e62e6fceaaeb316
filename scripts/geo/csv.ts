import {readFileSync} from 'node:fs';

/** A CSV row as a record of its header's fields, with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: Record<string, string>;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes).
 * Every row must have as many fields as the header.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const records: {line: number; cells: string[]}[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n') {
      cells.push(cell);
      records.push({line: rowLine, cells});
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else if (char !== '\r') {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({line: rowLine, cells});
  }
  const [header, ...body] = records.filter((record) => record.cells.some((c) => c.trim() !== ''));
  if (!header) throw new Error(`${file}: the file is empty; it needs a header row.`);
  return body.map(({line: rowStart, cells: values}) => {
    if (values.length !== header.cells.length) {
      throw new Error(
        `${file}:${rowStart}: expected ${header.cells.length} fields (${header.cells.join(', ')}), found ${values.length}. Quote fields that contain commas.`,
      );
    }
    const fields: Record<string, string> = {};
    header.cells.forEach((name, index) => {
      fields[name] = values[index] ?? '';
    });
    return {line: rowStart, fields};
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
