// 街道名单 the 街道 and 镇 the bureau serves (ADMIN): once a list is kept, records naming another are refused.
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { RequestError } from '../../../components/request-error';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { useSubdistrictList } from '../api/subdistricts';
import { AddSubdistrictsDialog, RemoveSubdistrictDialog, RenameSubdistrictDialog } from '../components/subdistrict-dialogs';

interface SubdistrictRow {
  readonly name: string;
  readonly used: boolean;
}

type OpenDialog = { readonly kind: 'add'; readonly initial?: string } | { readonly kind: 'rename' | 'remove'; readonly row: SubdistrictRow } | undefined;

const columns: ListColumn<SubdistrictRow>[] = [
  { key: 'name', title: '街道', render: (row) => row.name },
  { key: 'used', title: '记录', render: (row) => (row.used ? <Badge status="success" text="已有记录填写" /> : <Badge status="default" text="尚无记录" />) },
];

export function SubdistrictsRoute() {
  const query = useSubdistrictList();
  const [dialog, setDialog] = useState<OpenDialog>();
  const close = () => setDialog(undefined);
  const list = query.data?.subdistricts.names ?? [];
  const used = query.data?.nameSuggestions.subdistrictsUsed ?? [];
  const rows = query.data ? list.map((name) => ({ name, used: used.includes(name) })) : undefined;
  // Names people have written that the list lacks: the first list is usually made of them.
  const usedElsewhere = used.filter((name) => !list.includes(name));

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="街道名单"
        description="本局服务的街道和镇。名单一经保存，记录中填写名单以外街道的活动和 Hello老友亭 将被拒绝；名单为空时，任何街道都可以填写。"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'add' })} disabled={!query.data}>
            添加街道
          </Button>
        }
      />
      {query.isError ? <RequestError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && !query.data.subdistricts.kept ? <Notice type="info" title="还没有街道名单：目前任何街道都可以填写。添加第一个街道后，名单即开始生效。" /> : null}
      {usedElsewhere.length > 0 ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">
            {query.data?.subdistricts.kept ? '记录中还填写了名单以外的街道：' : '记录中已填写的街道：'}
            {usedElsewhere.join('、')}
          </Typography.Text>
          <Button size="small" onClick={() => setDialog({ kind: 'add', initial: usedElsewhere.join('、') })}>
            加入名单
          </Button>
        </Flex>
      ) : null}
      {/* An empty list is said by the notice above; the table's own empty text is too faint for axe's contrast rule. */}
      {rows?.length === 0 ? null : (
        <ResponsiveList<SubdistrictRow>
          label="街道名单"
          rows={rows}
          rowKey={(row) => row.name}
          columns={columns}
          loading={query.isPending}
          emptyText="名单为空"
          cardTitle={(row) => row.name}
          actions={(row) => (
            <>
              <Button size="small" onClick={() => setDialog({ kind: 'rename', row })} aria-label={`为 ${row.name} 改名`}>
                改名
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'remove', row })} aria-label={`移除 ${row.name}`}>
                移除
              </Button>
            </>
          )}
        />
      )}
      <AddSubdistrictsDialog open={dialog?.kind === 'add'} onClose={close} list={list} initial={dialog?.kind === 'add' ? dialog.initial : undefined} />
      {dialog && dialog.kind !== 'add' ? (
        <>
          <RenameSubdistrictDialog open={dialog.kind === 'rename'} onClose={close} list={list} name={dialog.row.name} used={dialog.row.used} />
          <RemoveSubdistrictDialog open={dialog.kind === 'remove'} onClose={close} list={list} name={dialog.row.name} used={dialog.row.used} />
        </>
      ) : null}
    </Flex>
  );
}

export { SubdistrictsRoute as Component };
