// 志愿活动 the year's volunteer activities (学雷锋 and the other programmes) in the person's scope:
// searched, filtered and paged on the server, with the total.
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { ActivityFieldsFragment, VolunteerProgram } from '../../../gql/graphql';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatCount, formatDate, formatHours } from '../../../lib/format';
import { volunteerProgramLabel } from '../../../lib/labels';
import { linkKeepingYear } from '../../../lib/year';
import { ActivityFieldsFragment as ActivityFields, useActivityPage } from '../api/activities';
import { isNarrowed, LedgerFilters, useCursorPages, useLedgerFilters } from '../components/ledger-filters';
import { Pager } from '../components/pager';

const PROGRAMS: readonly VolunteerProgram[] = ['LEI_FENG', 'COMMUNITY_SERVICE', 'ELDERLY_CARE', 'DIGITAL_INCLUSION', 'ANTI_FRAUD', 'PUBLIC_WELFARE', 'OTHER'];

export function dateSpan(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} 至 ${formatDate(end)}`;
}

export const stateBadge = (voided: boolean) => (voided ? <Badge status="default" text="已作废" /> : <Badge status="success" text="有效" />);

export function ActivitiesRoute() {
  const { year, filters, setFilters, search } = useLedgerFilters();
  const pages = useCursorPages(JSON.stringify({ year, ...filters }));
  const page = useActivityPage({ year, ...filters }, pages.after);
  const navigate = useNavigate();
  const phone = useIsPhone();
  const connection = page.data?.volunteerActivities;
  const rows = connection?.edges.map((edge) => getFragmentData(ActivityFields, edge.node));
  const recordLink = (id: string) => linkKeepingYear(`/records/activities/${id}`, search);

  const columns: ListColumn<ActivityFieldsFragment>[] = [
    { key: 'date', title: '日期', render: (row) => dateSpan(row.startDate, row.endDate) },
    { key: 'title', title: '活动名称', render: (row) => <Link to={recordLink(row.id)}>{row.title}</Link> },
    { key: 'program', title: '项目', render: (row) => volunteerProgramLabel(row.program) },
    { key: 'organizer', title: '组织单位', render: (row) => row.organizerPath.at(-1) ?? '' },
    { key: 'site', title: '地点', render: (row) => row.site },
    { key: 'personTimes', title: '人次', render: (row) => formatCount(row.personTimes) },
    { key: 'hours', title: '时长', render: (row) => (row.volunteerHours ? formatHours(row.volunteerHours) : '—') },
    { key: 'state', title: '状态', render: (row) => stateBadge(row.voided) },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="志愿活动"
        description={`${year}年本组织及下属单位登记的学雷锋、志愿服务等活动。点活动名称查看详情、更正或作废。`}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(linkKeepingYear('/records/activities/new', search))}>
            登记活动
          </Button>
        }
      />
      <LedgerFilters
        searches="活动名称或地点"
        filters={filters}
        onChange={setFilters}
        extra={
          <Select<VolunteerProgram>
            aria-label="项目类别"
            virtual={false}
            allowClear
            placeholder="全部项目"
            value={filters.program}
            onChange={(program) => setFilters({ program })}
            options={PROGRAMS.map((program) => ({ value: program, label: volunteerProgramLabel(program) }))}
            style={{ flex: '1 1 140px', maxWidth: 180 }}
          />
        }
      />
      {page.isError ? <RequestError error={page.error} onRetry={() => void page.refetch()} /> : null}
      <Typography.Text aria-live="polite">{connection ? `共 ${formatCount(connection.totalCount)} 条` : ' '}</Typography.Text>
      <ResponsiveList<ActivityFieldsFragment>
        label="志愿活动列表"
        rows={rows}
        rowKey={(row) => row.id}
        // On a phone the title heads each card.
        columns={phone ? columns.filter((column) => column.key !== 'title') : columns}
        loading={page.isFetching}
        emptyText={isNarrowed(filters) ? '没有符合条件的活动' : `${year}年还没有登记活动`}
        cardTitle={(row) => <Link to={recordLink(row.id)}>{row.title}</Link>}
      />
      <Pager page={pages.page} hasNext={connection?.pageInfo.hasNextPage === true} onPrevious={pages.previous} onNext={() => pages.next(connection?.pageInfo.endCursor)} />
    </Flex>
  );
}

export { ActivitiesRoute as Component };
