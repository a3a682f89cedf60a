// One published edition: its text exactly as published, its Word file, and the adjustments
// recorded after it (oldest first, who recorded each and the record it touches).
import { Card, Descriptions, Flex, Result, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { ResponsiveList } from '../../../components/responsive-list';
import type { EditionPageQuery } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { useEdition } from '../api/edition';
import { DownloadButton } from '../components/download-button';
import { SectionText } from '../components/section-text';
import { type EditionAddress, parseEditionId } from '../edition-id';
import { eventLabel } from '../../../lib/event-names';
import { eventReason } from '../event-reason';
import { sectionDocxUrl } from '../files';

type Adjustment = EditionPageQuery['sectionAdjustments'][number];

const ADJUSTMENT_COLUMNS = [
  { key: 'recordedAt', title: '登记时间', render: (a: Adjustment) => formatInstant(a.recordedAt) },
  { key: 'type', title: '调整', render: (a: Adjustment) => eventLabel(a.type) },
  { key: 'reason', title: '原因', render: (a: Adjustment) => eventReason(a.data) ?? '—' },
  { key: 'recordedBy', title: '登记人', render: (a: Adjustment) => a.recordedByName },
  { key: 'record', title: '涉及记录', render: (a: Adjustment) => <code style={{ overflowWrap: 'anywhere' }}>{a.recordId ?? '—'}</code> },
] as const;

export function EditionRoute() {
  const { editionId = '' } = useParams();
  const address = parseEditionId(editionId);
  const [search] = useSearchParams();
  const back = <Link to={linkKeepingYear('/report', search)}>返回社区责任章节</Link>;
  if (!address) return <Result status="404" title="找不到这个发布版本" subTitle="版本地址不正确，请从社区责任章节的发布版本列表进入。" extra={back} />;
  return <Edition editionId={editionId} address={address} back={back} />;
}

function Edition({ editionId, address, back }: { readonly editionId: string; readonly address: EditionAddress; readonly back: React.ReactNode }) {
  const page = useEdition(editionId, address.year, address.orgUnitId);
  const title = `${address.year}年社区责任章节 第 ${address.version} 版`;
  if (page.isPending) return <PageLoading />;
  if (!page.data) {
    return (
      <Flex vertical gap={16}>
        <PageHeader title={title} description={back} />
        <RequestError error={page.error} onRetry={() => void page.refetch()} />
      </Flex>
    );
  }
  const edition = page.data.sectionEditions.find((e) => e.id === editionId);
  if (!edition) return <Result status="404" title="找不到这个发布版本" subTitle="这个版本不存在，或不在您的查看范围内。" extra={back} />;
  const adjustments = page.data.sectionAdjustments;
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={title}
        description={back}
        extra={<DownloadButton url={sectionDocxUrl(edition.year, edition.orgUnitId ?? undefined, edition.id)} label="下载本版 Word 章节" fallbackName={`社区责任-${edition.year}-第${edition.version}版.docx`} />}
      />
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'publishedAt', label: '发布时间', children: formatInstant(edition.publishedAt) },
            { key: 'publisher', label: '发布人', children: edition.publisherName },
            { key: 'scope', label: '范围', children: edition.orgUnitPath?.join(' / ') ?? '全公司' },
            { key: 'note', label: '发布说明', children: edition.note ?? '—' },
          ]}
        />
      </Card>
      <Card title={<h2 className="card-heading">发布后调整（{adjustments.length} 项）</h2>}>
        {adjustments.length === 0 ? (
          // Said as a sentence: antd's empty-table text is too faint to read well.
          <Typography.Paragraph style={{ margin: 0 }}>发布以来没有影响本版数据的调整。</Typography.Paragraph>
        ) : (
          <ResponsiveList<Adjustment>
            label="发布后调整列表"
            rows={adjustments}
            rowKey={(a) => a.position}
            columns={ADJUSTMENT_COLUMNS}
            cardTitle={(a) => eventLabel(a.type)}
            emptyText="发布以来没有影响本版数据的调整"
          />
        )}
      </Card>
      <Card title={<h2 className="card-heading">发布时的章节文字</h2>}>
        <SectionText markdown={edition.report} label="发布时的章节文字" />
      </Card>
    </Flex>
  );
}

export { EditionRoute as Component };
