// The 社区责任 section as a Word document: the second rendering of the structured section text
// (libs/projections report/section-text.ts; the Markdown of `reportSection` is the first), so the
// two can never disagree. Laid out as a page of the report: 4、社区责任, （1）…, （2）…, then the
// figures in a small table. A published edition's file also says which edition it is, and reads the
// same at every download: its dates are the publication's, not the download's.
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
import { withFixedZipTimes } from './fixed-zip-times';

// 宋体 for the text and 黑体 for headings, as Chinese reports set them. Word on a Chinese system has
// both; elsewhere the viewer substitutes a CJK face (LibreOffice with fonts-noto-cjk: Noto Serif/Sans CJK SC).
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体' };
const BODY_SIZE = 24; // half-points: 小四 (12 pt)
const FIRST_LINE_INDENT = 480; // twips: two characters of 12 pt
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** What the file of a published edition says about it (版本号, when and by whom, the note). */
export interface EditionStamp {
  readonly editionId: string;
  readonly version: number;
  /** ISO-8601 instant. */
  readonly publishedAt: string;
  readonly publisherName: string;
  readonly note: string | null;
}

const CREATOR = '社区责任 tracker';

export async function sectionDocx(text: SectionText, edition?: EditionStamp): Promise<Buffer> {
  const title = `${text.period}${text.title}`;
  const document = new Document({
    creator: CREATOR,
    title,
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
    sections: [{ children: [...headingBlock(text), ...(edition ? stampBlock(edition) : []), ...partsBlock(text), ...figuresBlock(text)] }],
  });
  if (!edition) return Packer.toBuffer(document);
  const publishedAt = new Date(edition.publishedAt);
  const file = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(title, edition, publishedAt) }]);
  return withFixedZipTimes(file, publishedAt);
}

/** The document's properties as docx writes them, but created and modified when the edition was published, by its publisher. */
function coreProperties(title: string, edition: EditionStamp, publishedAt: Date): string {
  const at = publishedAt.toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${CREATOR}</dc:creator><cp:lastModifiedBy>${xmlText(edition.publisherName)}</cp:lastModifiedBy>` +
    `<cp:revision>${edition.version}</cp:revision><cp:version>${xmlText(edition.editionId)}</cp:version>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SHANGHAI_MINUTE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** 2024年8月15日 10:30, as a person in Shanghai reads the instant. */
function shanghaiMinute(instant: string): string {
  const p = Object.fromEntries(SHANGHAI_MINUTE.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${p['year']}年${p['month']}月${p['day']}日 ${p['hour']}:${p['minute']}`;
}

/** Under the heading: which edition this is, when and by whom it was published, and its note. */
function stampBlock(edition: EditionStamp): Paragraph[] {
  const lines: [string, string][] = [
    ['版本号', `第 ${edition.version} 版（${edition.editionId}）`],
    ['发布时间', `${shanghaiMinute(edition.publishedAt)}（北京时间）`],
    ['发布人', edition.publisherName],
    ...(edition.note ? ([['说明', edition.note]] as [string, string][]) : []),
  ];
  return lines.map(
    ([label, value], i) =>
      new Paragraph({
        spacing: { line: 300, after: i === lines.length - 1 ? 200 : 0 },
        children: [new TextRun({ text: `${label}：`, bold: true, color: '404040' }), new TextRun({ text: value, color: '404040' })],
      }),
  );
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
