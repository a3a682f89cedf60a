import { Card, Empty, Timeline, Typography, theme } from 'antd';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { formatInstant } from '../../../lib/format';
import { useRecordHistory } from '../api/shared';
import { describeHistory } from '../history';

/** 历史: every event of the record, oldest first: who (name and login), when, what changed from what, why. */
export function RecordHistory({ id }: { readonly id: string }) {
  const history = useRecordHistory(id);
  const { token } = theme.useToken();
  const entries = history.data ? describeHistory(history.data.recordHistory) : undefined;
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>历史</h2>} size="small">
      {history.isError ? <RequestError error={history.error} onRetry={() => void history.refetch()} /> : null}
      {!entries && history.isPending ? <PageLoading /> : null}
      {entries && entries.length === 0 ? <Empty description="还没有历史" /> : null}
      {entries && entries.length > 0 ? (
        <Timeline
          aria-label="历史记录"
          items={entries.map((entry) => ({
            key: entry.position,
            content: (
              <div>
                <Typography.Text strong>{entry.action}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {entry.who} · {formatInstant(entry.recordedAt)}
                </Typography.Text>
                {entry.changes.length > 0 ? (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {entry.changes.map((change) => (
                      <li key={change.label}>
                        {entry.corrected ? `${change.label}：${change.before ?? '（空）'} → ${change.after}` : `${change.label}：${change.after}`}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {entry.reason ? <div>原因：{entry.reason}</div> : null}
              </div>
            ),
          }))}
        />
      ) : null}
    </Card>
  );
}
