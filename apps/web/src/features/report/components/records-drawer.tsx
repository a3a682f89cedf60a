// The records behind one figure, in a drawer beside the section: the ledger page by page (paged on
// the server, by cursor), with how many records there are in all.
import { Button, Drawer, Flex, Typography } from 'antd';
import { useState } from 'react';
import { RequestError } from '../../../components/request-error';
import { ResponsiveList } from '../../../components/responsive-list';
import type { LedgerFilter } from '../../../gql/graphql';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatCount, formatDate } from '../../../lib/format';
import { type RecordRow, useRecordsPage } from '../api/records';
import { type FigureGroup, recordSourceLabel, type SectionFigure } from '../section-figures';

export interface OpenedFigure {
  readonly group: FigureGroup;
  readonly figure: SectionFigure;
}

const COLUMNS = [
  { key: 'date', title: '日期', render: (row: RecordRow) => formatDate(row.date) },
  { key: 'name', title: '名称', render: (row: RecordRow) => row.name },
  { key: 'unit', title: '单位', render: (row: RecordRow) => row.unit },
  { key: 'figures', title: '数据', render: (row: RecordRow) => row.figures },
] as const;

export function RecordsDrawer({ opened, filter, onClose }: { readonly opened: OpenedFigure | null; readonly filter: LedgerFilter; readonly onClose: () => void }) {
  const phone = useIsPhone();
  const title = opened ? `${opened.group.title}：${opened.figure.label} ${opened.figure.value} ${opened.figure.unit}` : '';
  return (
    <Drawer
      open={opened !== null}
      onClose={onClose}
      size={phone ? '100%' : 720}
      title={title}
      destroyOnHidden
      // The list scrolls in a region the keyboard can reach (focusable, named), not in antd's body.
      styles={{ body: { padding: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' } }}
    >
      <div role="region" aria-label={title} tabIndex={0} style={{ flex: 1, overflow: 'auto', padding: 24 }}>
        {opened ? <RecordsPages key={`${opened.group.title}/${opened.figure.label}`} opened={opened} filter={filter} /> : null}
      </div>
    </Drawer>
  );
}

function RecordsPages({ opened, filter }: { readonly opened: OpenedFigure; readonly filter: LedgerFilter }) {
  // The cursors of the pages seen so far: Back pops one, 下一页 pushes the page's endCursor.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const records = useRecordsPage(opened.group.records, filter, after);
  const label = recordSourceLabel(opened.group.records);
  const data = records.data;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }} role="status">
        {data ? `这一数字来自下列 ${formatCount(data.totalCount)} 条${label}（不含已作废的记录）。` : '正在加载记录…'}
      </Typography.Paragraph>
      {records.isError ? <RequestError error={records.error} onRetry={() => void records.refetch()} /> : null}
      <ResponsiveList<RecordRow>
        label={`${label}明细`}
        rows={data?.rows}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        cardTitle={(row) => row.name}
        loading={records.isFetching}
        emptyText="没有记录"
      />
      {data && (cursors.length > 1 || data.hasNextPage) ? (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">第 {cursors.length} 页</Typography.Text>
          <Flex gap={8}>
            <Button disabled={cursors.length === 1} onClick={() => setCursors((stack) => stack.slice(0, -1))}>
              上一页
            </Button>
            <Button disabled={!data.hasNextPage || records.isPlaceholderData} onClick={() => data.endCursor && setCursors((stack) => [...stack, data.endCursor])}>
              下一页
            </Button>
          </Flex>
        </Flex>
      ) : null}
    </Flex>
  );
}
