// Hello老友亭 the booths of the person's scope open during the year, with the year's staffed days.
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { BoothFieldsFragment } from '../../../gql/graphql';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatCount, formatDate } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { BoothFieldsFragment as BoothFields, useBooths } from '../api/booths';
import { isNarrowed, LedgerFilters, useLedgerFilters } from '../components/ledger-filters';
import { boothKindLabel } from '../record-labels';

/** The sessions that count (not voided). */
export const liveSessions = (booth: BoothFieldsFragment) => booth.sessions.filter((session) => !session.voided);

export const boothState = (booth: BoothFieldsFragment) =>
  booth.closed ? <Badge status="default" text={`已于${booth.closedOn ? formatDate(booth.closedOn) : ''}停用`} /> : <Badge status="success" text="在用" />;

export function BoothsRoute() {
  const { year, filters, setFilters, search } = useLedgerFilters();
  const booths = useBooths({ year, orgUnitId: filters.orgUnitId, search: filters.search, includeVoided: false });
  const navigate = useNavigate();
  const phone = useIsPhone();
  const rows = booths.data?.booths.map((booth) => getFragmentData(BoothFields, booth));
  const recordLink = (id: string) => linkKeepingYear(`/records/booths/${id}`, search);
  const title = (row: BoothFieldsFragment) => <Link to={recordLink(row.id)}>{row.name}</Link>;

  const columns: ListColumn<BoothFieldsFragment>[] = [
    { key: 'title', title: '名称', render: title },
    { key: 'kind', title: '类型', render: (row) => boothKindLabel(row.kind) },
    { key: 'host', title: '承办单位', render: (row) => row.hostPath.at(-1) ?? '' },
    { key: 'where', title: '街道 · 位置', render: (row) => `${row.subdistrict} · ${row.location}` },
    { key: 'sessions', title: `${year}年服务`, render: (row) => `${formatCount(liveSessions(row).length)} 次` },
    { key: 'served', title: '服务人数', render: (row) => formatCount(liveSessions(row).reduce((sum, session) => sum + session.peopleServed, 0)) },
    { key: 'state', title: '状态', render: boothState },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="Hello老友亭"
        description={`${year}年在用的 Hello老友亭、雷锋亭和志愿服务亭，及每次服务。点名称登记服务或停用。`}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(linkKeepingYear('/records/booths/new', search))}>
            启用服务亭
          </Button>
        }
      />
      <LedgerFilters searches="服务亭名称" filters={filters} onChange={setFilters} voidable={false} />
      {booths.isError ? <RequestError error={booths.error} onRetry={() => void booths.refetch()} /> : null}
      <Typography.Text aria-live="polite">{rows ? `共 ${formatCount(rows.length)} 个` : ' '}</Typography.Text>
      <ResponsiveList<BoothFieldsFragment>
        label="服务亭列表"
        rows={rows}
        rowKey={(row) => row.id}
        columns={phone ? columns.filter((column) => column.key !== 'title') : columns}
        loading={booths.isFetching}
        emptyText={isNarrowed(filters) ? '没有符合条件的服务亭' : `${year}年没有在用的服务亭`}
        cardTitle={title}
      />
    </Flex>
  );
}

export { BoothsRoute as Component };
