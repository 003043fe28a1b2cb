/**
 * Spreadsheet files in and out. The CSV and XLSX libraries are loaded only when a user exports or
 * imports (dynamic imports: their own chunks).
 */
import type { Cell } from '../../domain/exchange/spreadsheet';
import { csvCell } from '../../domain/exchange/spreadsheet';

/** CSV with a UTF-8 byte-order mark, so that Excel opens Vietnamese text correctly; CRLF lines. */
export async function csvBlob(rows: Cell[][]): Promise<Blob> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse(rows.map((r) => r.map(csvCell)), { newline: '\r\n', quotes: true });
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

export async function xlsxBlob(sheets: { name: string; rows: Cell[][] }[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      // Text stays text: a neutralised "'=…" must never become a formula cell.
      data: s.rows.map((row, i) => row.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) }))),
    })),
  ).toBlob();
}

export type RawRows = (string | number | boolean | Date | null)[][];

/** The first sheet of an .xlsx file, or the rows of a .csv file (BOM and delimiter detected). */
export async function readSpreadsheet(file: File): Promise<RawRows> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser');
    return (await readSheet(file)) as RawRows;
  }
  const { default: Papa } = await import('papaparse');
  const text = (await file.text()).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data;
}
