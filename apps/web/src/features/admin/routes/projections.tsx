// 数据处理: the projection's health (state, lag, checkpoint, last error) and the ADMIN's rebuild,
// with its progress while it runs (docs/design.md §5).
import { SyncOutlined } from '@ant-design/icons';
import { Alert, App, Badge, type BadgeProps, Button, Card, Descriptions, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../components/dialog';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { formatCount } from '../../../lib/format';
import { useProjectionStatus, useRebuildProjections } from '../api/projections';
import { checkpointPosition, type ProjectionRow, projectionLabel, projectionStateLabel, rebuildPercent } from '../projection-progress';

const STATE_BADGES: Readonly<Record<string, BadgeProps['status']>> = { RUNNING: 'success', REBUILDING: 'processing', STOPPED: 'default', FAILED: 'error' };

export function ProjectionsRoute() {
  const rebuild = useRebuildProjections();
  const status = useProjectionStatus(rebuild.isPending);
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState(false);
  const rows = status.data?.projectionStatus;
  const rebuilding = rebuild.isPending || (rows?.some((row) => row.rebuilding) ?? false);

  const start = () => {
    rebuild.mutate(undefined, {
      onSuccess: ({ rebuildProjections: report }) =>
        void message.success(`重建完成：共处理 ${formatCount(report.events)} 条事件，用时 ${(report.durationMs / 1000).toFixed(1)} 秒。`),
    });
    return Promise.resolve();
  };

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="数据处理"
        description="首页和报告中的统计由事件日志逐条计算而来。这里显示计算的进度和状态；统计口径调整或出错修复后，可以从第一条事件起重新计算。"
        extra={
          <Button type="primary" icon={<SyncOutlined aria-hidden spin={rebuilding} />} onClick={() => setConfirming(true)} disabled={rebuilding || !rows}>
            {rebuilding ? '正在重建…' : '重建统计数据'}
          </Button>
        }
      />
      {rebuild.isError ? <RequestError error={rebuild.error} /> : null}
      {status.isPending ? (
        <PageLoading />
      ) : !rows ? (
        <RequestError error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        rows.map((row) => <ProjectionCard key={row.name} row={row} rebuildRequested={rebuild.isPending} />)
      )}
      <FormDialog<Record<string, never>>
        open={confirming}
        title="重建统计数据"
        submitLabel="开始重建"
        fields={[]}
        onCancel={() => setConfirming(false)}
        onDone={() => setConfirming(false)}
        intro={
          <Notice
            type="warning"
            title="确定要从头重建吗？"
            description="将从第一条事件起重新计算全部统计，写入新表，完成后自动切换。重建期间页面和查询照常可用，显示的仍是原来的统计；事件较多时可能需要几分钟。可以离开本页，重建会继续进行。"
          />
        }
        onSubmit={start}
      />
    </Flex>
  );
}

function ProjectionCard({ row, rebuildRequested }: { readonly row: ProjectionRow; readonly rebuildRequested: boolean }) {
  const percent = rebuildPercent(row);
  const rebuilding = row.rebuilding;
  return (
    <Card title={<h2 className="card-heading">{projectionLabel(row.name)}</h2>}>
      <Flex vertical gap={16}>
        {rebuilding || rebuildRequested ? (
          <div role="status" aria-live="polite">
            <Typography.Text strong>
              {rebuilding ? `正在重建：还差 ${formatCount(rebuilding.lag)} 条事件` : '正在重建，请稍候…'}
            </Typography.Text>
            {percent === undefined ? null : <Progress percent={percent} status="active" aria-label="重建进度" />}
          </div>
        ) : null}
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'state', label: '状态', children: <Badge status={STATE_BADGES[row.state] ?? 'default'} text={projectionStateLabel(row.state)} /> },
            { key: 'lag', label: '待处理', children: row.lag === 0 ? '已是最新' : `${formatCount(row.lag)} 条事件` },
            { key: 'checkpoint', label: '已处理到', children: `第 ${checkpointPosition(row.checkpoint)} 条` },
            { key: 'head', label: '最新事件', children: `第 ${row.headPosition} 条` },
            { key: 'error', label: '最近的错误', children: row.lastError ?? '无' },
          ]}
        />
        {row.state === 'FAILED' ? (
          <Alert type="error" showIcon title="统计已停止更新" description="有一条事件无法计算（见“最近的错误”）。请联系技术支持修复后，再重建统计数据。" />
        ) : null}
      </Flex>
    </Card>
  );
}

export { ProjectionsRoute as Component };
