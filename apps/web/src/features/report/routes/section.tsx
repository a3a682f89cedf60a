// 社区责任章节: the section as it will read in the report, its figures (each opening the records
// behind it), its files, its drift from the newest edition, and publishing an edition.
import { Button, Card, Col, Flex, Row, Tag, App } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { useSelectedYear } from '../../../hooks/use-selected-year';
import { useReportSection } from '../api/section';
import { DownloadButton } from '../components/download-button';
import { EditionDrift } from '../components/edition-drift';
import { EditionList } from '../components/edition-list';
import { PublishDialog } from '../components/publish-dialog';
import { type OpenedFigure, RecordsDrawer } from '../components/records-drawer';
import { SectionFigures } from '../components/section-figures';
import { SectionText } from '../components/section-text';
import { ledgersXlsxUrl, sectionDocxUrl } from '../files';

export function SectionRoute() {
  const [year] = useSelectedYear();
  const page = useReportSection(year);
  const { message } = App.useApp();
  const [opened, setOpened] = useState<OpenedFigure | null>(null);
  const [publishing, setPublishing] = useState(false);
  const filter = useMemo(() => ({ year }), [year]);
  const data = page.data;

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={`${year}年社区责任章节`}
        description="章节文字与报告中的写法一致，每个数字都由台账记录实时统计而来；点击右侧的数字可查看它背后的记录。"
        extra={
          <>
            <DownloadButton url={sectionDocxUrl(year)} label="下载 Word 章节" fallbackName={`社区责任-${year}.docx`} />
            <DownloadButton url={ledgersXlsxUrl(year)} label="下载 Excel 台账" fallbackName={`台账-${year}.xlsx`} />
            <Button type="primary" onClick={() => setPublishing(true)} disabled={!data}>
              发布版本
            </Button>
          </>
        }
      />
      {page.isPending ? (
        <PageLoading />
      ) : !data ? (
        <RequestError error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <>
          {page.isError ? <RequestError error={page.error} onRetry={() => void page.refetch()} /> : null}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={<h2 className="card-heading">章节文字 {page.isFetching ? <Tag color="processing">正在更新…</Tag> : null}</h2>}>
                <SectionText markdown={data.reportSection} label="社区责任章节文字" />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={<h2 className="card-heading">章节数据</h2>}>
                <SectionFigures section={data.communityResponsibility} onOpen={(group, figure) => setOpened({ group, figure })} />
              </Card>
            </Col>
          </Row>
          <EditionDrift since={data.sinceEdition} />
          <EditionList editions={data.sectionEditions} />
        </>
      )}
      <RecordsDrawer opened={opened} filter={filter} onClose={() => setOpened(null)} />
      <PublishDialog open={publishing} year={year} onClose={() => setPublishing(false)} onPublished={(version) => void message.success(`已发布第 ${version} 版。`)} />
    </Flex>
  );
}

export { SectionRoute as Component };
