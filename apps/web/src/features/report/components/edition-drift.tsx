import { Card, Empty, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ResponsiveList } from '../../../components/responsive-list';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { EditionDrift_SinceFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/format';
import { linkKeepingYear } from '../../../lib/year';
import { changeValue, driftSummary } from '../drift';
import { editionPath } from '../edition-id';

export const EditionDrift_Since = graphql(`
  fragment EditionDrift_Since on SinceEdition {
    editionId
    version
    publishedAt
    changes {
      figure
      label
      before
      after
      difference
    }
  }
`);

type Change = EditionDrift_SinceFragment['changes'][number];

const COLUMNS = [
  { key: 'label', title: '数据', render: (c: Change) => c.label },
  { key: 'before', title: '发布时', render: (c: Change) => changeValue(c.before) },
  { key: 'after', title: '现在', render: (c: Change) => changeValue(c.after) },
  { key: 'difference', title: '变化', render: (c: Change) => (c.difference === null ? '—' : changeValue(c.difference)) },
] as const;

/** Which totals moved since the newest edition, and by how much; says so when none is published. */
export function EditionDrift(props: { readonly since: FragmentType<typeof EditionDrift_Since> | null | undefined }) {
  const since = getFragmentData(EditionDrift_Since, props.since);
  const [search] = useSearchParams();
  return (
    <Card title={<h2 className="card-heading">与最新发布版本的差异</h2>}>
      {since ? (
        <>
          <Typography.Paragraph>
            <Link to={linkKeepingYear(editionPath(since.editionId), search)} style={{ textDecoration: 'underline' }}>
              第 {since.version} 版
            </Link>（{formatInstant(since.publishedAt)} 发布）。
            {driftSummary(since.version, since.changes.length)}
          </Typography.Paragraph>
          {since.changes.length > 0 ? (
            <ResponsiveList<Change> label="发布后变化的数据" rows={since.changes} rowKey={(c) => c.figure} columns={COLUMNS} cardTitle={(c) => c.label} emptyText="没有变化" />
          ) : null}
        </>
      ) : (
        <Empty description="本年度尚未发布版本：发布后，这里会列出实时数据与发布版本的差异。" />
      )}
    </Card>
  );
}
