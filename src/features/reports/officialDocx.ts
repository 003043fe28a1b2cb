/**
 * The official report as a Word file, with the `docx` library — loaded (by ReportPage, through a
 * dynamic import of this module) only when the button is used, so the first screen does not carry it.
 *
 * Layout (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4; margins top and bottom 20 mm, left 30 mm,
 * right 15 mm; Times New Roman; the two header blocks side by side in a borderless two-column
 * table (agency names left, quốc hiệu and tiêu ngữ right, each with its short rule); page numbers
 * centred in the top margin from page 2 (a different first page); body 14 pt, tables 11 pt.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, OfficialDocument } from './officialDocument';

const FONT = 'Times New Roman';
/** Text width: 210 mm − 30 mm − 15 mm. */
const TEXT_MM = 165;
const pt = (size: number) => size * 2; // docx sizes are half-points
/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838, 20 mm is 1134. */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

const run = (text: string, style: RunStyle) => new TextRun({ text, font: FONT, size: pt(style.size), bold: style.bold, italics: style.italics });

function centred(text: string, style: RunStyle, spacing: { before?: number; after?: number } = {}) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 }, children: [run(text, style)] });
}

/** A short solid rule, centred in a column `columnMm` wide and `lengthMm` long (drawn as a paragraph border). */
function rule(columnMm: number, lengthMm: number) {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) },
    spacing: { before: 0, after: 60, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

const noBorders = TableBorders.NONE;

function cell(children: (Paragraph | Table)[], widthMm: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) {
  return new TableCell({ children, width: { size: mm(widthMm), type: WidthType.DXA }, ...extra });
}

function headerBlocks(doc: OfficialDocument): Table {
  const left = TEXT_MM * 0.42;
  const right = TEXT_MM - left;
  const leftChildren: Paragraph[] = [];
  if (doc.parentAgency) leftChildren.push(centred(doc.parentAgency, { size: 13 }));
  leftChildren.push(centred(doc.agency, { size: 13, bold: true }), rule(left, left / 3), centred(doc.numberLine, { size: 13 }, { before: 120 }));
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    width: { size: mm(TEXT_MM), type: WidthType.DXA },
    columnWidths: [mm(left), mm(right)],
    rows: [
      new TableRow({
        children: [
          cell(leftChildren, left, { borders: noBorders }),
          cell([centred(doc.nation, { size: 12, bold: true }), centred(doc.motto, { size: 13, bold: true }), rule(right, 62), centred(doc.placeDate, { size: 14, italics: true }, { before: 120 })], right, { borders: noBorders }),
        ],
      }),
    ],
  });
}

const bodyParagraph = (children: ParagraphChild[], extra: { firstLine?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: extra.firstLine === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 288 },
    children,
  });

function block(b: Block): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return bodyParagraph([run(b.text, { size: 14, bold: true, italics: b.level === 3 })]);
    case 'paragraph':
      return bodyParagraph([run(b.text, { size: 14, italics: b.italic })]);
    case 'item':
      return bodyParagraph(b.lead ? [run('- ', { size: 14 }), run(b.lead, { size: 14, bold: true }), run(`: ${b.text}`, { size: 14 })] : [run(`- ${b.text}`, { size: 14 })]);
    case 'table': {
      const widths = b.columns.map((c) => (TEXT_MM * c.width) / 100);
      const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
      const borders = { top: border, bottom: border, left: border, right: border };
      // A cell's lines ("2.450 vị trí trạm" / "(30/09/2026)") become line breaks.
      const para = (text: string, align: 'left' | 'right' | 'center', bold = false) =>
        new Paragraph({
          alignment: align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 20, after: 20 },
          children: text.split('\n').map((line, i) => new TextRun({ text: line, font: FONT, size: pt(11), bold, break: i > 0 ? 1 : undefined })),
        });
      return new Table({
        layout: TableLayoutType.FIXED,
        width: { size: mm(TEXT_MM), type: WidthType.DXA },
        columnWidths: widths.map(mm),
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: b.columns.map((c, i) => cell([para(c.title, 'center', true)], widths[i]!, { borders, verticalAlign: VerticalAlign.CENTER })),
          }),
          ...b.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: row.map((text, i) => cell([para(text, b.columns[i]!.align)], widths[i]!, { borders })),
              }),
          ),
        ],
      });
    }
  }
}

function recipients(doc: OfficialDocument): Paragraph[] {
  if (doc.to.length === 1) return [centred(`${doc.toLabel} ${doc.to[0]}`, { size: 14 }, { before: 240, after: 240 })];
  return [
    new Paragraph({ indent: { left: mm(30) }, spacing: { before: 240 }, children: [run(doc.toLabel, { size: 14 })] }),
    ...doc.to.map((to, i) => new Paragraph({ indent: { left: mm(55) }, spacing: { after: i === doc.to.length - 1 ? 240 : 0 }, children: [run(`- ${to}`, { size: 14 })] })),
  ];
}

function signatureBlocks(doc: OfficialDocument): Table {
  const left = TEXT_MM * 0.45;
  const right = TEXT_MM - left;
  const sign: Paragraph[] = [];
  if (doc.signature.authority) sign.push(centred(doc.signature.authority, { size: 14, bold: true }));
  sign.push(centred(doc.signature.title || '…', { size: 14, bold: true }));
  for (let i = 0; i < 4; i++) sign.push(centred('', { size: 14 }));
  sign.push(centred(doc.signature.name || '…', { size: 14, bold: true }));
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    width: { size: mm(TEXT_MM), type: WidthType.DXA },
    columnWidths: [mm(left), mm(right)],
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [new Paragraph({ children: [run(doc.copyToLabel, { size: 12, bold: true, italics: true })] }), ...doc.copyTo.map((line) => new Paragraph({ children: [run(line, { size: 11 })] }))],
            left,
            { borders: noBorders },
          ),
          cell(sign, right, { borders: noBorders }),
        ],
      }),
    ],
  });
}

function draftMark(doc: OfficialDocument): Table {
  const border = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
  return new Table({
    alignment: AlignmentType.RIGHT,
    width: { size: mm(30), type: WidthType.DXA },
    columnWidths: [mm(30)],
    rows: [new TableRow({ children: [cell([centred(doc.draftMark, { size: 13, bold: true })], 30, { borders: { top: border, bottom: border, left: border, right: border } })] })],
  });
}

/** The .docx file of the document. */
export async function officialDocx(doc: OfficialDocument): Promise<Blob> {
  const children: (Paragraph | Table)[] = [];
  if (doc.draft) children.push(draftMark(doc), new Paragraph({ spacing: { after: 60 }, children: [] }));
  children.push(headerBlocks(doc));
  children.push(centred(doc.kind, { size: 14, bold: true }, { before: 360 }), centred(doc.subject, { size: 14, bold: true }), rule(TEXT_MM, TEXT_MM / 3));
  children.push(...recipients(doc));
  children.push(...doc.body.map(block));
  children.push(bodyParagraph([run(doc.closing, { size: 14 })]));
  children.push(new Paragraph({ spacing: { after: 120 }, children: [] }), signatureBlocks(doc));

  const document = new Document({
    creator: 'Cam kết',
    title: `${doc.kind} ${doc.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
          },
        },
        headers: {
          // Page numbers centred in the top margin, from page 2: the first page has its own, empty header.
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBlob(document);
}
