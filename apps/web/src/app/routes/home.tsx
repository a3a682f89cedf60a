// 首页 home: the year's 社区责任 totals for the person's scope, as cards and charts, the newest
// edition and what is still to do.
import { Flex, Tag, Typography } from 'antd';
import { PageLoading } from '../../components/page-loading';
import { RequestError } from '../../components/request-error';
import { HeadlineCards, HomeExtras, ProgrammeChart, UnitChart, useHomeSection } from '../../features/home';
import { editionPath, REPORT_SECTION_PATH } from '../../features/report';
import { useSelectedYear } from '../../hooks/use-selected-year';
import { PRODUCT_NAME } from '../../lib/product';
import { linkKeepingYear } from '../../lib/year';
import { useSearchParams } from 'react-router';

export function HomeRoute() {
  const [year] = useSelectedYear();
  const home = useHomeSection(year);
  const [search] = useSearchParams();
  const section = home.data?.communityResponsibility;
  return (
    <Flex vertical gap={16}>
      <title>{`首页 · ${PRODUCT_NAME}`}</title>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
          {year}年社区责任概览
        </Typography.Title>
        {home.isPlaceholderData ? (
          <Tag role="status" color="processing">
            正在更新…
          </Tag>
        ) : null}
      </Flex>
      {home.isPending ? (
        <PageLoading />
      ) : home.isError && !section ? (
        <RequestError error={home.error} onRetry={() => void home.refetch()} />
      ) : section ? (
        <>
          {home.isError ? <RequestError error={home.error} onRetry={() => void home.refetch()} /> : null}
          <HeadlineCards section={section} />
          <HomeExtras year={year} sectionPath={linkKeepingYear(REPORT_SECTION_PATH, search)} editionPath={(id) => linkKeepingYear(editionPath(id), search)} />
          <ProgrammeChart activities={section.volunteering.activities} />
          <UnitChart year={year} />
        </>
      ) : null}
    </Flex>
  );
}

export { HomeRoute as Component };
