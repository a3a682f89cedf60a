// The 社区责任 section as a Word document: the second rendering of the structured section text
// (libs/projections report/section-text.ts; the Markdown of `reportSection` is the first), so the
// two can never disagree. Laid out as a page of the report: 4、社区责任, （1）…, （2）…, then the
// figures in a small table.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { SectionFigure, SectionParagraph, SectionText } from '@tracker/projections';

// 宋体 for the text and 黑体 for headings, as Chinese reports set them. Word on a Chinese system has
// both; elsewhere the viewer substitutes a CJK face (LibreOffice with fonts-noto-cjk: Noto Serif/Sans CJK SC).
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体' };
const BODY_SIZE = 24; // half-points: 小四 (12 pt)
const FIRST_LINE_INDENT = 480; // twips: two characters of 12 pt
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

export function sectionDocx(text: SectionText): Promise<Buffer> {
  const document = new Document({
    creator: '社区责任 tracker',
    title: `${text.period}${text.title}`,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: BODY_SIZE, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360 } },
        },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: HEADING_FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ children: [...headingBlock(text), ...partsBlock(text), ...figuresBlock(text)] }],
  });
  return Packer.toBuffer(document);
}

function headingBlock(text: SectionText): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(`${text.number}${text.title}`)] }),
    new Paragraph({ children: [new TextRun({ text: text.period, color: '404040' })], spacing: { after: 120 } }),
  ];
}

function partsBlock(text: SectionText): Paragraph[] {
  return text.parts.flatMap((part) => [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(part.heading)] }), ...part.paragraphs.map(bodyParagraph)]);
}

function bodyParagraph(p: SectionParagraph): Paragraph {
  const runs = p.lead ? [new TextRun({ text: `${p.lead}：`, bold: true }), new TextRun(p.text)] : [new TextRun(p.text)];
  return new Paragraph({ children: runs, indent: { firstLine: FIRST_LINE_INDENT }, alignment: AlignmentType.JUSTIFIED });
}

function figuresBlock(text: SectionText): (Paragraph | Table)[] {
  if (text.figures.length === 0) return [];
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: text.figuresColumns.map((column) => cell(column, { header: true, keepNext: true })) });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(text.figuresHeading)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [3000, 3600, 2400],
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
      rows: [header, ...figureRows(text.figures)],
    }),
  ];
}

/**
 * Lines of one item (帮困: 人次, 帮困金) share one merged item cell, as a report table would; every
 * line but the last keeps with the next, so the table is not split over two pages when it fits on one.
 */
function figureRows(figures: readonly SectionFigure[]): TableRow[] {
  return figures.map((figure, i) => {
    const first = i === 0 || figures[i - 1]?.item !== figure.item;
    const continues = figures[i + 1]?.item === figure.item;
    const merge = first ? (continues ? VerticalMergeType.RESTART : undefined) : VerticalMergeType.CONTINUE;
    const keepNext = i < figures.length - 1;
    return new TableRow({ cantSplit: true, children: [cell(first ? figure.item : '', { merge, keepNext }), cell(figure.measure, { keepNext }), cell(figure.value, { number: true, keepNext })] });
  });
}

interface CellOptions {
  readonly header?: boolean;
  readonly number?: boolean;
  readonly keepNext?: boolean;
  readonly merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
}

function cell(text: string, options: CellOptions = {}): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    ...(options.merge ? { verticalMerge: options.merge } : {}),
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: options.number ? AlignmentType.RIGHT : options.header ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 300 },
        keepNext: options.keepNext === true,
        children: [new TextRun({ text, bold: options.header === true })],
      }),
    ],
  });
}
