// 考务哨兵 the year's exam sentinel shifts in the person's scope, searched and paged on the server.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { ExamShiftFieldsFragment } from '../../../gql/graphql';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatCount, formatDate } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { ExamShiftFieldsFragment as ExamShiftFields, useExamShiftPage } from '../api/exam-shifts';
import { isNarrowed, LedgerFilters, useCursorPages, useLedgerFilters } from '../components/ledger-filters';
import { Pager } from '../components/pager';
import { stateBadge } from './activities';

export function ExamShiftsRoute() {
  const { year, filters, setFilters, search } = useLedgerFilters();
  const pages = useCursorPages(JSON.stringify({ year, ...filters }));
  const page = useExamShiftPage({ year, ...filters }, pages.after);
  const navigate = useNavigate();
  const phone = useIsPhone();
  const connection = page.data?.examSentinelShifts;
  const rows = connection?.edges.map((edge) => getFragmentData(ExamShiftFields, edge.node));
  const recordLink = (id: string) => linkKeepingYear(`/records/exam-shifts/${id}`, search);
  const title = (row: ExamShiftFieldsFragment) => <Link to={recordLink(row.id)}>{`${row.examName} · ${row.site}`}</Link>;

  const columns: ListColumn<ExamShiftFieldsFragment>[] = [
    { key: 'date', title: '考试日期', render: (row) => formatDate(row.examDate) },
    { key: 'title', title: '考试 · 考点', render: title },
    { key: 'organizer', title: '组织单位', render: (row) => row.organizerPath.at(-1) ?? '' },
    { key: 'supporters', title: '保障人次', render: (row) => formatCount(row.supporters) },
    { key: 'state', title: '状态', render: (row) => stateBadge(row.voided) },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="考务哨兵"
        description={`${year}年本组织及下属单位在各考点的考务保障。点考试名称查看详情、更正或作废。`}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(linkKeepingYear('/records/exam-shifts/new', search))}>
            登记考务保障
          </Button>
        }
      />
      <LedgerFilters searches="考试名称或考点" filters={filters} onChange={setFilters} />
      {page.isError ? <RequestError error={page.error} onRetry={() => void page.refetch()} /> : null}
      <Typography.Text aria-live="polite">{connection ? `共 ${formatCount(connection.totalCount)} 条` : ' '}</Typography.Text>
      <ResponsiveList<ExamShiftFieldsFragment>
        label="考务哨兵列表"
        rows={rows}
        rowKey={(row) => row.id}
        columns={phone ? columns.filter((column) => column.key !== 'title') : columns}
        loading={page.isFetching}
        emptyText={isNarrowed(filters) ? '没有符合条件的记录' : `${year}年还没有登记考务保障`}
        cardTitle={title}
      />
      <Pager page={pages.page} hasNext={connection?.pageInfo.hasNextPage === true} onPrevious={pages.previous} onNext={() => pages.next(connection?.pageInfo.endCursor)} />
    </Flex>
  );
}

export { ExamShiftsRoute as Component };
