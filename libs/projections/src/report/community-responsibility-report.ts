// 社区责任 community-responsibility report section as Markdown (the `reportSection` query): one
// rendering of the structured section text (section-text.ts); the Word file is the other.
import type { CommunityResponsibilitySection } from '../read-model/section.types';
import { type ReportOptions, type SectionParagraph, type SectionText, sectionText } from './section-text';

export { formatCount, formatHours, formatYuan } from './report-numbers';
export type { ReportOptions } from './section-text';

/** The 社区责任 section as Markdown: a heading, （1）救灾与慈善捐助, （2）志愿服务, then the figures table. */
export function renderCommunityResponsibilityReport(section: CommunityResponsibilitySection, options: ReportOptions = {}): string {
  return sectionTextAsMarkdown(sectionText(section, options));
}

export function sectionTextAsMarkdown(text: SectionText): string {
  const lines = [`## ${text.period}${text.title}`];
  for (const part of text.parts) lines.push('', `### ${part.heading}`, '', ...between(part.paragraphs.map(paragraph), ''));
  if (text.figures.length > 0) {
    lines.push('', `### ${text.figuresHeading}`, '', tableRow(text.figuresColumns), tableRow(text.figuresColumns.map(() => '---')));
    for (const f of text.figures) lines.push(tableRow([f.item, f.measure, f.value]));
  }
  return `${lines.join('\n')}\n`;
}

const paragraph = (p: SectionParagraph): string => (p.lead ? `**${p.lead}**：${p.text}` : p.text);

const tableRow = (cells: readonly string[]): string => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;

function between(items: readonly string[], separator: string): string[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

const TABLE_RULE = /^\|(\s*-{3,}\s*\|)+$/;

/**
 * The structured text back from its Markdown: the inverse of sectionTextAsMarkdown. A published
 * edition keeps its report as Markdown, so its Word file is made from that very text (never from
 * today's wording of its figures) and answers the same forever.
 */
export function sectionTextFromMarkdown(markdown: string, figuresHeading = '主要数据'): SectionText {
  const lines = markdown.split('\n').map((line) => line.trim());
  const heading = (lines.find((line) => line.startsWith('## ')) ?? '').slice(3);
  const title = '社区责任';
  const parts: { heading: string; paragraphs: SectionParagraph[] }[] = [];
  const figures: { item: string; measure: string; value: string }[] = [];
  let columns: [string, string, string] | undefined;
  let inFigures = false;
  for (const line of lines) {
    if (line === '' || line.startsWith('## ')) continue;
    if (line.startsWith('### ')) {
      const name = line.slice(4);
      inFigures = name === figuresHeading;
      if (!inFigures) parts.push({ heading: name, paragraphs: [] });
      continue;
    }
    if (inFigures && line.startsWith('|')) {
      if (TABLE_RULE.test(line)) continue;
      const [a = '', b = '', c = ''] = tableCells(line);
      // The table's first row is its header.
      if (columns === undefined) columns = [a, b, c];
      else figures.push({ item: a, measure: b, value: c });
      continue;
    }
    const lead = /^\*\*([^*]+)\*\*：(.*)$/.exec(line);
    parts.at(-1)?.paragraphs.push(lead ? { lead: lead[1] ?? '', text: lead[2] ?? '' } : { text: line });
  }
  return {
    number: '4、',
    title,
    period: heading.endsWith(title) ? heading.slice(0, -title.length) : heading,
    parts,
    figures,
    figuresHeading,
    figuresColumns: columns ?? ['项目', '指标', '数值'],
  };
}

/** `| a | b\\|c |` → ['a', 'b|c'] (tableRow escapes a bar inside a cell). */
function tableCells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replaceAll('\\|', '|'));
}
