// 首页's extras for 汇编 and 管理员: the year month by month, by unit, the newest edition's drift,
// and what is still to do. Links to other pages come from the app, which knows their addresses.
import { Card, Col, Empty, List, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Chart } from '../../../components/chart';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { formatInstant, shanghaiDate } from '../../../lib/format';
import { currentYear } from '../../../lib/year';
import { useActivityMonths, useNewestEdition, useOrgUnits, useTodo, useUnitActivities } from '../api/home-extras';
import { monthChart, todoItems, unitChart, type UnitFigures, unitsToChart } from '../home-extras';

const heading = (text: string) => <h2 className="card-heading">{text}</h2>;

export function MonthChart({ year }: { readonly year: number }) {
  const months = useActivityMonths(year);
  const chart = useMemo(() => (months.data ? monthChart(months.data.volunteerActivityMonths) : null), [months.data]);
  return (
    <Card title={heading('各月志愿服务')}>
      {months.isPending ? (
        <PageLoading />
      ) : months.isError ? (
        <RequestError error={months.error} onRetry={() => void months.refetch()} />
      ) : chart ? (
        <Chart option={chart.option} height={chart.height} description={chart.description} />
      ) : (
        <Empty description="本年度暂无志愿服务活动" />
      )}
    </Card>
  );
}

export function UnitChart({ year }: { readonly year: number }) {
  const units = useOrgUnits();
  const charted = useMemo(() => (units.data ? unitsToChart(units.data.orgUnits) : []), [units.data]);
  const answers = useUnitActivities(
    year,
    charted.map((u) => u.id),
  );
  const ready = units.data !== undefined && answers.every((a) => a.data);
  const failed = units.error ?? answers.find((a) => a.error)?.error;
  const figures = ready
    ? charted.map((u, i) => {
        const activities = answers[i]?.data?.communityResponsibility.volunteering.activities;
        return { name: u.name, count: activities?.count ?? 0, personTimes: activities?.personTimes ?? 0 };
      })
    : null;
  // Made again only when a figure changes: a new option redraws the chart.
  const key = JSON.stringify(figures);
  const chart = useMemo(() => (key === 'null' ? null : unitChart(JSON.parse(key) as UnitFigures[])), [key]);
  return (
    <Card title={heading('各单位志愿服务')}>
      {failed ? (
        <RequestError error={failed} onRetry={() => void units.refetch()} />
      ) : !ready ? (
        <PageLoading />
      ) : chart ? (
        <Chart option={chart.option} height={chart.height} description={chart.description} />
      ) : (
        <Empty description="本年度各单位暂无志愿服务活动" />
      )}
    </Card>
  );
}

/** The newest edition of the year and how far the live totals moved from it. */
export function EditionCard({ year, sectionPath, editionPath }: { readonly year: number; readonly sectionPath: string; readonly editionPath: (id: string) => string }) {
  const edition = useNewestEdition(year);
  const since = edition.data?.sinceEdition;
  return (
    <Card title={heading('发布版本')} style={{ height: '100%' }}>
      {edition.isPending ? (
        <PageLoading />
      ) : edition.isError ? (
        <RequestError error={edition.error} onRetry={() => void edition.refetch()} />
      ) : since ? (
        <Typography.Paragraph style={{ margin: 0 }}>
          已发布{' '}
          <Link to={editionPath(since.editionId)} style={{ textDecoration: 'underline' }}>
            第 {since.version} 版
          </Link>
          （{formatInstant(since.publishedAt)}）。
          {since.changes.length === 0 ? '此后实时数据没有变化。' : `此后有 ${since.changes.length} 项数据发生了变化，`}
          {since.changes.length === 0 ? null : (
            <Link to={sectionPath} style={{ textDecoration: 'underline' }}>
              查看变化
            </Link>
          )}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph style={{ margin: 0 }}>
          本年度尚未发布版本。报告定稿时，请在
          <Link to={sectionPath} style={{ textDecoration: 'underline' }}>
            社区责任章节
          </Link>
          发布。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** 待办: campaigns of the year not closed, and this year's open booths without a session this month. */
export function TodoCard({ year }: { readonly year: number }) {
  const now = new Date();
  const todo = useTodo(year, currentYear(now));
  const items = todo.data ? todoItems(todo.data.donationCampaigns, todo.data.booths, shanghaiDate(now)) : undefined;
  return (
    <Card title={heading('待办事项')} style={{ height: '100%' }}>
      {todo.isPending ? (
        <PageLoading />
      ) : todo.isError ? (
        <RequestError error={todo.error} onRetry={() => void todo.refetch()} />
      ) : items && items.length > 0 ? (
        <List aria-label="待办事项" size="small" dataSource={items} renderItem={(item) => <List.Item key={item.key}>{item.text}</List.Item>} />
      ) : (
        <Typography.Paragraph style={{ margin: 0 }}>暂无待办：本年度的募捐都已结束，各服务亭本月都有值守记录。</Typography.Paragraph>
      )}
    </Card>
  );
}

export function HomeExtras({ year, sectionPath, editionPath }: { readonly year: number; readonly sectionPath: string; readonly editionPath: (id: string) => string }) {
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <EditionCard year={year} sectionPath={sectionPath} editionPath={editionPath} />
        </Col>
        <Col xs={24} md={12}>
          <TodoCard year={year} />
        </Col>
      </Row>
      <MonthChart year={year} />
    </>
  );
}
