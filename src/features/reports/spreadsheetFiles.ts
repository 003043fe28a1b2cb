/**
 * Spreadsheet files in and out. The CSV and XLSX libraries are loaded only when a user exports or
 * imports (dynamic imports: their own chunks).
 */
import type { Cell, CsvSeparator, SheetModel } from '../../domain/exchange/spreadsheet';
import { toCsv } from '../../domain/exchange/spreadsheet';

/** CSV with a UTF-8 byte-order mark, so that Excel opens Vietnamese text correctly; CRLF lines. */
export function csvBlob(rows: Cell[][], separator: CsvSeparator): Blob {
  return new Blob(['\uFEFF', toCsv(rows, separator)], { type: 'text/csv;charset=utf-8' });
}

const SEPARATOR_KEY = 'camket.csvSeparator';

/** The separator chosen on this device; otherwise ";" in Vietnamese (Excel's list separator there), "," in English. */
export function storedCsvSeparator(language: string): CsvSeparator {
  try {
    const stored = localStorage.getItem(SEPARATOR_KEY);
    if (stored === ';' || stored === ',') return stored;
  } catch {
    // Storage refused (private mode): the default.
  }
  return language.startsWith('en') ? ',' : ';';
}

export function rememberCsvSeparator(separator: CsvSeparator): void {
  try {
    localStorage.setItem(SEPARATOR_KEY, separator);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

/** The font of every cell (the workbook's default font, font 0 in styles.xml). */
export const XLSX_FONT = { fontFamily: 'Arial', fontSize: 11 } as const;

const columnLetters = (index: number): string => (index < 26 ? '' : columnLetters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

/** `'Cam kết'!$A$1:$V$62`: a sheet's used range, as a defined name writes it. */
const rangeOf = (sheet: SheetModel) => `$A$1:$${columnLetters(Math.max(1, sheet.rows[0]?.length ?? 1) - 1)}$${Math.max(1, sheet.rows.length)}`;

/**
 * An autofilter on the header row of every sheet. write-excel-file has none built in; it allows
 * "features" that edit the generated XML: `<autoFilter ref=…/>` right after `<sheetData>` (its place
 * in the ECMA-376 element order, as the library writes none of the elements between), and the
 * hidden `_xlnm._FilterDatabase` name Excel and LibreOffice keep for it.
 */
function autoFilter(sheets: SheetModel[]) {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) => {
            const sheet = sheets[sheetIndex];
            if (!sheet || xml.includes('<autoFilter')) return xml;
            return xml.replace('</sheetData>', `</sheetData><autoFilter ref="${rangeOf(sheet).replace(/\$/g, '')}"/>`);
          },
        },
        'xl/workbook.xml': {
          transform: (xml: string) => {
            const names = sheets.map((s, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${s.name.replace(/'/g, "''")}'!${rangeOf(s)}</definedName>`).join('');
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
            if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${names}</definedNames>`);
            return xml.replace('<calcPr', `<definedNames>${names}</definedNames><calcPr`);
          },
        },
      },
    },
  };
}

/**
 * An .xlsx workbook as write-excel-file takes it (the same in the browser and in Node, for tests):
 * column widths, a frozen bold header row with a filter, dates as date cells shown dd/mm/yyyy,
 * Arial 11. Every text is a string-typed cell, which a spreadsheet never runs as a formula: no
 * apostrophe is added.
 */
export function xlsxWorkbook(sheets: SheetModel[]) {
  return {
    sheets: sheets.map((s) => ({
      sheet: s.name,
      columns: s.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
      data: s.rows.map((row, i) =>
        row.map((value) => {
          if (value === null) return null;
          if (typeof value === 'number') return { value, type: Number };
          if (typeof value === 'object') {
            const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
            return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'dd/mm/yyyy' };
          }
          return i === 0 ? { value, type: String, fontWeight: 'bold' as const, wrap: true, alignVertical: 'top' as const } : { value, type: String, ...(value.includes('\n') ? { wrap: true } : {}) };
        }),
      ),
    })),
    options: { ...XLSX_FONT, features: [autoFilter(sheets)] },
  };
}

export async function xlsxBlob(sheets: SheetModel[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const workbook = xlsxWorkbook(sheets);
  return writeXlsxFile(workbook.sheets, workbook.options).toBlob();
}

export type RawRows = (string | number | boolean | Date | null)[][];

/** The first sheet of an .xlsx file, or the rows of a .csv file (BOM removed; ";", "," or tab detected). */
export async function readSpreadsheet(file: File): Promise<RawRows> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser');
    return (await readSheet(file)) as RawRows;
  }
  const { default: Papa } = await import('papaparse');
  const text = (await file.text()).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  return parsed.data;
}
