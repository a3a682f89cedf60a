import { Table, Typography } from 'antd';
import { useMemo } from 'react';
import { type SectionBlock, sectionBlocks } from '../section-blocks';

/** The section as it will read in the report: headings, paragraphs with their bold leads, the table of figures. */
export function SectionText({ markdown, label }: { readonly markdown: string; readonly label: string }) {
  const blocks = useMemo(() => sectionBlocks(markdown), [markdown]);
  return (
    <article aria-label={label} className="section-text">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </article>
  );
}

function Block({ block }: { readonly block: SectionBlock }) {
  switch (block.type) {
    case 'heading':
      return (
        <Typography.Title level={block.level === 2 ? 2 : 3} style={{ fontSize: block.level === 2 ? 20 : 17, marginTop: block.level === 2 ? 0 : 20 }}>
          {block.text}
        </Typography.Title>
      );
    case 'paragraph':
      return (
        <Typography.Paragraph style={{ lineHeight: 1.9, textIndent: '2em' }}>
          {block.runs.map((run, i) => (run.bold ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>))}
        </Typography.Paragraph>
      );
    case 'table':
      return (
        <Table
          size="small"
          pagination={false}
          rowKey={(row) => row.key}
          columns={block.header.map((title, column) => ({ key: String(column), title, dataIndex: String(column) }))}
          dataSource={block.rows.map((cells, row) => ({ key: String(row), ...Object.fromEntries(cells.map((cell, column) => [String(column), cell])) }))}
        />
      );
    default: {
      const unknownBlock: never = block;
      return unknownBlock;
    }
  }
}
