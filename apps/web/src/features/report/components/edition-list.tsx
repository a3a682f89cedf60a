import { Card } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ResponsiveList } from '../../../components/responsive-list';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { EditionList_EditionFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { editionPath } from '../edition-id';

export const EditionList_Edition = graphql(`
  fragment EditionList_Edition on SectionEdition {
    id
    version
    publishedAt
    publishedBy
    publisherName
    note
  }
`);

type Edition = EditionList_EditionFragment;

/** 发布版本: newest first, each leading to its own page (its text and adjustments). */
export function EditionList(props: { readonly editions: readonly FragmentType<typeof EditionList_Edition>[] | undefined }) {
  const editions = props.editions?.map((e) => getFragmentData(EditionList_Edition, e));
  const [search] = useSearchParams();
  const link = (e: Edition) => <Link to={linkKeepingYear(editionPath(e.id), search)}>第 {e.version} 版</Link>;
  return (
    <Card title={<h2 className="card-heading">发布版本</h2>}>
      <ResponsiveList<Edition>
        label="发布版本列表"
        rows={editions}
        rowKey={(e) => e.id}
        columns={[
          { key: 'version', title: '版本', render: link },
          { key: 'publishedAt', title: '发布时间', render: (e) => formatInstant(e.publishedAt) },
          { key: 'publisher', title: '发布人', render: (e) => e.publisherName },
          { key: 'note', title: '说明', render: (e) => e.note ?? '—' },
        ]}
        cardTitle={link}
        emptyText="本年度尚未发布版本"
      />
    </Card>
  );
}
