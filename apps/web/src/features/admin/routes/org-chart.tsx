// 组织架构 the org chart: the tree of units, and register, rename, retire (ADMIN).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Tree, Typography, theme } from 'antd';
import { useRef, useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { RequestError } from '../../../components/request-error';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatDate } from '../../../lib/format';
import { orgUnitKindLabel } from '../../../lib/labels';
import { useOrgChart } from '../api/org-chart';
import { RegisterOrgUnitDialog, RenameOrgUnitDialog, RetireOrgUnitDialog } from '../components/org-unit-dialogs';
import { liveChildren, orgTree, type OrgTreeNode, type OrgUnitRow } from '../org-tree';

type OpenDialog = 'register' | 'rename' | 'retire' | undefined;

export function OrgChartRoute() {
  const chart = useOrgChart();
  const units = chart.data?.orgUnits;
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<OpenDialog>();
  const selected = units?.find((unit) => unit.id === selectedId);
  const close = () => setDialog(undefined);
  const phone = useIsPhone();
  const details = useRef<HTMLDivElement>(null);
  const select = (id: string | undefined) => {
    setSelectedId(id);
    if (phone && id) requestAnimationFrame(() => details.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title="组织架构"
        description="各级组织及其上下级关系。记录员、工会财务的权限范围按这里的组织划分，含下属单位。"
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('register')} disabled={!units}>
            新建组织
          </Button>
        }
      />
      {chart.isPending ? (
        <PageLoading />
      ) : !units ? (
        <RequestError error={chart.error} onRetry={() => void chart.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title={<h2 className="card-heading">组织树</h2>}>
              {units.length === 0 ? <Empty description="还没有组织，请先新建区局" /> : <OrgChartTree units={units} selectedId={selectedId} onSelect={select} />}
            </Card>
          </Col>
          {/* Beside a long tree the details stay in view (desktop); on a phone, choosing a unit scrolls to them. */}
          <Col xs={24} lg={10} style={phone ? undefined : { position: 'sticky', top: 72, alignSelf: 'flex-start' }}>
            <Card ref={details} style={{ scrollMarginTop: 64 }} title={<h2 className="card-heading">{selected ? selected.name : '组织详情'}</h2>}>
              {selected ? (
                <UnitDetails unit={selected} units={units} onAction={setDialog} />
              ) : (
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  在组织树中选择一个组织，可以查看详情、新建下级组织、改名或撤销。
                </Typography.Paragraph>
              )}
            </Card>
          </Col>
        </Row>
      )}
      {units ? (
        <RegisterOrgUnitDialog
          open={dialog === 'register'}
          onClose={close}
          units={units}
          parentId={selected && !selected.retired ? selected.id : undefined}
          onRegistered={select}
        />
      ) : null}
      {selected ? (
        <>
          <RenameOrgUnitDialog open={dialog === 'rename'} onClose={close} unit={selected} />
          <RetireOrgUnitDialog open={dialog === 'retire'} onClose={close} unit={selected} />
        </>
      ) : null}
    </Flex>
  );
}

interface TreeItem {
  readonly key: string;
  readonly title: string;
  readonly unit: OrgUnitRow;
  readonly children: TreeItem[];
}

const treeItems = (nodes: readonly OrgTreeNode[]): TreeItem[] => nodes.map(({ unit, children }) => ({ key: unit.id, title: unit.name, unit, children: treeItems(children) }));

function OrgChartTree({ units, selectedId, onSelect }: { readonly units: readonly OrgUnitRow[]; readonly selectedId: string | undefined; readonly onSelect: (id: string | undefined) => void }) {
  const { token } = theme.useToken();
  // Everything is unfolded but what the person folded: a unit just registered shows under its parent.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const parents = new Set(units.flatMap((unit) => (unit.parentId ? [unit.parentId] : [])));
  const expandedKeys = [...parents].filter((id) => !folded.has(id));
  return (
    <Tree<TreeItem>
      aria-label="组织树"
      treeData={treeItems(orgTree(units))}
      expandedKeys={expandedKeys}
      onExpand={(keys) => {
        const open = new Set(keys.map(String));
        setFolded(new Set([...parents].filter((id) => !open.has(id))));
      }}
      showLine
      blockNode
      virtual={false}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
      titleRender={({ unit }) => (
        <Flex component="span" align="center" gap={6} wrap style={{ color: unit.retired ? token.colorTextTertiary : undefined }}>
          <span style={unit.retired ? { textDecoration: 'line-through' } : undefined}>{unit.name}</span>
          <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
            {orgUnitKindLabel(unit.kind)}
          </Tag>
          {unit.retired ? (
            <Tag bordered={false} color="default" style={{ marginInlineEnd: 0 }}>
              已撤销
            </Tag>
          ) : null}
        </Flex>
      )}
    />
  );
}

function UnitDetails({ unit, units, onAction }: { readonly unit: OrgUnitRow; readonly units: readonly OrgUnitRow[]; readonly onAction: (dialog: OpenDialog) => void }) {
  const live = liveChildren(units, unit.id);
  return (
    <Flex vertical gap={12}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'kind', label: '类型', children: orgUnitKindLabel(unit.kind) },
          { key: 'path', label: '所属', children: unit.path.join(' / ') },
          { key: 'state', label: '状态', children: unit.retired ? `已撤销${unit.retiredOn ? `（${formatDate(unit.retiredOn)}）` : ''}` : '在用' },
        ]}
      />
      {unit.retired ? null : (
        <>
          <Flex gap={8} wrap>
            <Button onClick={() => onAction('register')}>新建下级组织</Button>
            <Button onClick={() => onAction('rename')}>改名</Button>
            <Button danger onClick={() => onAction('retire')} disabled={live.length > 0}>
              撤销
            </Button>
          </Flex>
          {live.length > 0 ? (
            <Typography.Text type="secondary">
              下面还有 {live.length} 个在用的组织（{live.map((child) => child.name).join('、')}），须先撤销它们才能撤销本组织。
            </Typography.Text>
          ) : null}
        </>
      )}
    </Flex>
  );
}

export { OrgChartRoute as Component };
