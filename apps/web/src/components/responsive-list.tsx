import { Card, Empty, Flex, Table, theme } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../hooks/use-is-phone';
import { PageLoading } from './page-loading';

export interface ListColumn<Row> {
  readonly key: string;
  /** The column's heading; on a phone, the label before the value. */
  readonly title: string;
  readonly render: (row: Row) => ReactNode;
}

interface ResponsiveListProps<Row> {
  /** What the list holds, read out as its name (账号列表). */
  readonly label: string;
  readonly rows: readonly Row[] | undefined;
  readonly rowKey: (row: Row) => string;
  readonly columns: readonly ListColumn<Row>[];
  /** A row's heading on a phone card (its name). */
  readonly cardTitle: (row: Row) => ReactNode;
  /** Buttons for one row: the last column on a desktop, the foot of the card on a phone. */
  readonly actions?: (row: Row) => ReactNode;
  readonly loading?: boolean;
  readonly emptyText: string;
}

/**
 * A list as a table on a desktop and as cards on a phone (issue 17: no sideways scrolling at
 * 390 px): one description of the columns serves both.
 */
export function ResponsiveList<Row extends object>({ label, rows, rowKey, columns, cardTitle, actions, loading, emptyText }: ResponsiveListProps<Row>) {
  const phone = useIsPhone();
  const { token } = theme.useToken();
  if (phone) {
    if (loading && !rows) return <PageLoading />;
    if (!rows || rows.length === 0) return <Empty description={emptyText} />;
    return (
      <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token.marginSM }}>
        {rows.map((row) => (
          <li key={rowKey(row)}>
            <Card size="small" title={cardTitle(row)}>
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: `${token.marginXXS}px ${token.marginSM}px` }}>
                {columns.map((column) => (
                  <div key={column.key} style={{ display: 'contents' }}>
                    <dt style={{ color: token.colorTextSecondary }}>{column.title}</dt>
                    <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{column.render(row)}</dd>
                  </div>
                ))}
              </dl>
              {actions ? (
                <Flex gap={8} wrap style={{ marginTop: token.marginSM }}>
                  {actions(row)}
                </Flex>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    );
  }
  const tableColumns = [
    ...columns.map((column) => ({ key: column.key, title: column.title, render: (_: unknown, row: Row) => column.render(row) })),
    ...(actions ? [{ key: 'actions', title: '操作', render: (_: unknown, row: Row) => <Flex gap={4} wrap>{actions(row)}</Flex> }] : []),
  ];
  return (
    <Table<Row>
      aria-label={label}
      rowKey={rowKey}
      columns={tableColumns}
      dataSource={rows ? [...rows] : []}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      size="middle"
    />
  );
}
