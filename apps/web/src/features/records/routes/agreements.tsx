// 党建翼联 the co-building agreements in the person's scope active during the year, searched by partner and paged on the server.
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { AgreementFieldsFragment } from '../../../gql/graphql';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatCount, formatDate } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { AgreementFieldsFragment as AgreementFields, useAgreementPage } from '../api/agreements';
import { isNarrowed, LedgerFilters, useCursorPages, useLedgerFilters } from '../components/ledger-filters';
import { Pager } from '../components/pager';

export const partnerNames = (agreement: AgreementFieldsFragment) => agreement.partners.map((partner) => partner.name).join('、');

export const agreementState = (agreement: AgreementFieldsFragment) =>
  agreement.terminated ? <Badge status="default" text={`已于${agreement.terminatedOn ? formatDate(agreement.terminatedOn) : ''}终止`} /> : <Badge status="success" text="有效" />;

export function AgreementsRoute() {
  const { year, filters, setFilters, search } = useLedgerFilters();
  const pages = useCursorPages(JSON.stringify({ year, ...filters }));
  const page = useAgreementPage({ year, orgUnitId: filters.orgUnitId, search: filters.search }, pages.after);
  const navigate = useNavigate();
  const phone = useIsPhone();
  const connection = page.data?.coBuildingAgreements;
  const rows = connection?.edges.map((edge) => getFragmentData(AgreementFields, edge.node));
  const recordLink = (id: string) => linkKeepingYear(`/records/agreements/${id}`, search);
  const title = (row: AgreementFieldsFragment) => <Link to={recordLink(row.id)}>{partnerNames(row)}</Link>;

  const columns: ListColumn<AgreementFieldsFragment>[] = [
    { key: 'signedOn', title: '签约日期', render: (row) => formatDate(row.signedOn) },
    { key: 'title', title: '共建单位', render: title },
    { key: 'branch', title: '签约支部', render: (row) => row.branchPath.at(-1) ?? '' },
    { key: 'validUntil', title: '有效期至', render: (row) => (row.validUntil ? formatDate(row.validUntil) : '长期') },
    { key: 'state', title: '状态', render: agreementState },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="党建翼联"
        description={`${year}年有效的党建共建协议（党建翼联）。点共建单位查看详情、续签或终止。`}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(linkKeepingYear('/records/agreements/new', search))}>
            登记协议
          </Button>
        }
      />
      {/* Agreements are ended, never voided: no 含已作废 here. */}
      <LedgerFilters searches="共建单位" filters={filters} onChange={setFilters} voidable={false} />
      {page.isError ? <RequestError error={page.error} onRetry={() => void page.refetch()} /> : null}
      <Typography.Text aria-live="polite">{connection ? `共 ${formatCount(connection.totalCount)} 条` : ' '}</Typography.Text>
      <ResponsiveList<AgreementFieldsFragment>
        label="党建翼联协议列表"
        rows={rows}
        rowKey={(row) => row.id}
        columns={phone ? columns.filter((column) => column.key !== 'title') : columns}
        loading={page.isFetching}
        emptyText={isNarrowed(filters) ? '没有符合条件的协议' : `${year}年没有有效的协议`}
        cardTitle={title}
      />
      <Pager page={pages.page} hasNext={connection?.pageInfo.hasNextPage === true} onPrevious={pages.previous} onNext={() => pages.next(connection?.pageInfo.endCursor)} />
    </Flex>
  );
}

export { AgreementsRoute as Component };
