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
