// The section's Markdown (reportSection) as blocks a page renders as Chinese paragraphs, headings
// and a table: a compiler reads it as the report will, without Markdown's ## and ** markers.

export interface TextRun {
  readonly text: string;
  readonly bold: boolean;
}

export type SectionBlock =
  | { readonly type: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly type: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

const HEADING = /^(#{2,3})\s+(.*)$/;
const TABLE_RULE = /^\|(\s*:?-{3,}:?\s*\|)+$/;

export function sectionBlocks(markdown: string): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let table: { header: string[]; rows: string[][] } | null = null;
  const endTable = () => {
    if (table) blocks.push({ type: 'table', header: table.header, rows: table.rows });
    table = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      if (TABLE_RULE.test(line.replace(/\s/g, ''))) continue;
      const cells = tableCells(line);
      if (table) table.rows.push(cells);
      else table = { header: cells, rows: [] };
      continue;
    }
    endTable();
    if (line === '') continue;
    const heading = HEADING.exec(line);
    if (heading) blocks.push({ type: 'heading', level: heading[1] === '##' ? 2 : 3, text: heading[2] ?? '' });
    else blocks.push({ type: 'paragraph', runs: boldRuns(line) });
  }
  endTable();
  return blocks;
}

/** `| a | b\|c |` → ['a', 'b|c'] (the renderer escapes a bar inside a cell). */
function tableCells(line: string): string[] {
  const inner = line.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

/** `**帮困**：全年…` → [{帮困, bold}, {：全年…}]. */
function boldRuns(line: string): TextRun[] {
  return line
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('**') && part.endsWith('**') && part.length > 4 ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}
