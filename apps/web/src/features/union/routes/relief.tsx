// 帮困 relief: the year's grants in the treasurer's scope, a page at a time from the server.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { formatAmount, formatCount, formatDate, formatYuan } from '../../../lib/format';
import { GRANT_PARAM } from '../../../lib/look-alikes';
import { useTreasurerUnits } from '../api/campaigns';
import { RELIEF_PAGE_SIZE, useReliefGrants } from '../api/relief';
import { ImportPanel } from '../components/import-panel';
import { CorrectReliefDialog, GrantReliefDialog, type GrantRow, VoidReliefDialog } from '../components/relief-dialogs';
import { RecordStateBadge } from '../components/status-tag';
import { reliefCategoryLabel } from '../labels';

type OpenDialog = { readonly kind: 'grant' } | { readonly kind: 'correct' | 'void'; readonly grant: GrantRow } | undefined;

const columns: ListColumn<GrantRow>[] = [
  { key: 'union', title: '发放工会', render: (grant) => grant.unionPath.at(-1) },
  { key: 'grantedOn', title: '发放日期', render: (grant) => formatDate(grant.grantedOn) },
  { key: 'amount', title: '金额（元）', render: (grant) => <span style={{ textDecoration: grant.voided ? 'line-through' : undefined }}>{formatAmount(grant.amount)}</span> },
  { key: 'personTimes', title: '人次', render: (grant) => formatCount(grant.personTimes) },
  { key: 'category', title: '类别', render: (grant) => reliefCategoryLabel(grant.category) },
  { key: 'state', title: '状态', render: (grant) => <RecordStateBadge record={grant} /> },
];

export function ReliefRoute() {
  const [year] = useSelectedYear();
  const [search, setSearch] = useSearchParams();
  // `?id=`: one grant only, as a look-alike's link opens it.
  const only = search.get(GRANT_PARAM) ?? undefined;
  const [text, setText] = useState('');
  // The cursors of the pages before this one: [] on the first page.
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const [dialog, setDialog] = useState<OpenDialog>();
  const grants = useReliefGrants(year, text, only ? undefined : cursors.at(-1), only);
  const units = useTreasurerUnits();
  const unions = (units.data?.orgUnits ?? []).filter((unit) => unit.kind === 'UNION' && !unit.retired).map((unit) => ({ id: unit.id, label: unit.path.join(' / ') }));
  const page = grants.data?.reliefGrants;
  const close = () => setDialog(undefined);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="帮困"
        description={`${year} 年度工会发放的帮困金：每次发放的金额、人次和类别。不记录受助人。`}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'grant' })} disabled={unions.length === 0}>
            登记帮困
          </Button>
        }
      />
      {only ? (
        <Alert
          type="info"
          showIcon
          title={`只显示编号 ${only} 的一条帮困记录`}
          action={
            <Button
              size="small"
              onClick={() => {
                const all = new URLSearchParams(search);
                all.delete(GRANT_PARAM);
                setSearch(all);
              }}
            >
              显示全部
            </Button>
          }
        />
      ) : (
        <Input.Search
          aria-label="按工会名称查找"
          placeholder="按工会名称查找"
          allowClear
          enterButton="查找"
          onSearch={(value) => {
            setText(value);
            setCursors([]);
          }}
          style={{ maxWidth: 420 }}
        />
      )}
      {grants.isError ? <RequestError error={grants.error} onRetry={() => void grants.refetch()} /> : null}
      <ResponsiveList<GrantRow>
        label="帮困记录"
        rows={page?.edges.map((edge) => edge.node)}
        rowKey={(grant) => grant.id}
        columns={columns}
        loading={grants.isFetching}
        emptyText={only ? `${year} 年度没有这条帮困记录，或它不在你的权限范围内` : text ? '没有找到符合条件的帮困记录' : `${year} 年度还没有帮困记录`}
        cardTitle={(grant) => `${grant.unionPath.at(-1) ?? ''} · ${formatYuan(grant.amount)}`}
        actions={(grant) =>
          grant.voided ? null : (
            <>
              <Button size="small" onClick={() => setDialog({ kind: 'correct', grant })} aria-label={`更正 ${formatDate(grant.grantedOn)} 的帮困`}>
                更正
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'void', grant })} aria-label={`作废 ${formatDate(grant.grantedOn)} 的帮困`}>
                作废
              </Button>
            </>
          )
        }
      />
      {page && !only ? (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">
            共 {formatCount(page.totalCount)} 条，第 {cursors.length + 1} 页（每页 {RELIEF_PAGE_SIZE} 条）
          </Typography.Text>
          <Flex gap={8}>
            <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
              上一页
            </Button>
            <Button disabled={!page.pageInfo.hasNextPage} onClick={() => page.pageInfo.endCursor && setCursors([...cursors, page.pageInfo.endCursor])}>
              下一页
            </Button>
          </Flex>
        </Flex>
      ) : null}
      <Collapse
        items={[{ key: 'import', label: '从 Excel 导入帮困记录', children: <ImportPanel kind="relief-grants" what="帮困发放（不填受助人）" /> }]}
      />
      <GrantReliefDialog open={dialog?.kind === 'grant'} onClose={close} unions={unions} />
      {dialog && dialog.kind !== 'grant' ? (
        <>
          <CorrectReliefDialog open={dialog.kind === 'correct'} onClose={close} grant={dialog.grant} />
          <VoidReliefDialog open={dialog.kind === 'void'} onClose={close} grant={dialog.grant} />
        </>
      ) : null}
    </Flex>
  );
}

export { ReliefRoute as Component };
