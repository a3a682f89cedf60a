import { TreeSelect } from 'antd';
import { orgUnitKindLabel } from '../../../lib/labels';
import { type OrgTreeNode, orgTree, type OrgUnitRow } from '../org-tree';

interface PickerNode {
  readonly value: string;
  readonly title: string;
  readonly disabled: boolean;
  readonly children: PickerNode[];
}

const pickerNodes = (nodes: readonly OrgTreeNode[]): PickerNode[] =>
  nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: `${unit.name}（${orgUnitKindLabel(unit.kind)}${unit.retired ? '，已撤销' : ''}）`,
    // Nothing new is recorded under a retired unit, nor given to one.
    disabled: unit.retired,
    children: pickerNodes(children),
  }));

interface OrgUnitPickerProps {
  readonly units: readonly OrgUnitRow[];
  /** Several units (an account's scope: a unit includes those under it), or one (a parent). */
  readonly multiple?: boolean;
  readonly id?: string;
  readonly value?: string | string[] | null;
  readonly onChange?: (value: string | string[]) => void;
}

/** Org units picked from the org chart's tree; a Form.Item gives it its label, value and onChange. */
export function OrgUnitPicker({ units, multiple = false, id, value, onChange }: OrgUnitPickerProps) {
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={onChange}
      treeData={pickerNodes(orgTree(units))}
      treeDefaultExpandAll
      multiple={multiple}
      // Checking a unit covers those under it, as a scope does: show the unit, not each one under it.
      treeCheckable={multiple}
      treeCheckStrictly={false}
      showCheckedStrategy={TreeSelect.SHOW_PARENT}
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={multiple ? '选择组织（含其下属单位）' : '选择上级组织'}
      virtual={false}
      allowClear
      style={{ width: '100%' }}
      popupMatchSelectWidth
    />
  );
}
