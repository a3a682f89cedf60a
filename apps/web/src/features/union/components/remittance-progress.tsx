// Which 部门工会 have remitted to a campaign and which have not (remittanceProgress).
import { Badge, Flex, Progress, theme, Typography } from 'antd';
import { formatCount, formatDate, formatYuan } from '../../../lib/format';
import type { RemittanceProgress } from '../remittance';

export function RemittanceProgressView({ progress }: { readonly progress: RemittanceProgress }) {
  const { token } = theme.useToken();
  const { remittedCount, expectedCount, unions } = progress;
  const percent = expectedCount === 0 ? 0 : Math.round((remittedCount / expectedCount) * 100);
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Typography.Text strong>
          已汇款 {remittedCount} / {expectedCount} 个部门工会
        </Typography.Text>
        <Progress percent={percent} style={{ flex: '1 1 200px', margin: 0 }} aria-label="已汇款的部门工会比例" />
      </Flex>
      <ul aria-label="各部门工会汇款情况" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: token.marginXS }}>
        {unions.map((union) => (
          <li
            key={union.unionId}
            style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, padding: `${token.paddingXS}px ${token.paddingSM}px`, background: union.remitted ? token.colorBgContainer : token.colorWarningBg }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{union.name}</Typography.Text>
              {union.remitted ? <Badge status="success" text="已汇款" /> : <Badge status="warning" text="未汇款" />}
            </Flex>
            <Typography.Text type="secondary">
              {union.remitted ? (
                <>
                  {`${formatYuan(union.amount)} · ${formatCount(union.donorCount)} 人${union.donations > 1 ? ` · 分 ${union.donations} 笔` : ''} · `}
                  <span style={{ whiteSpace: 'nowrap' }}>{union.lastReceivedOn ? formatDate(union.lastReceivedOn) : ''}</span>
                </>
              ) : (
                '尚无汇款记录'
              )}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
