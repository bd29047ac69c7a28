import Papa from 'papaparse';

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return) as a formula. Prefixing a
 * quote makes it plain text, so an exported register can never run anything when opened.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A CSV file with a header row; every text cell neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell === null ? '' : String(cell))));
  return Papa.unparse({ fields: header.map(neutralise), data: cells }, { newline: '\r\n' }) + '\r\n';
}
