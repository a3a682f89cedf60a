import { Select } from 'antd';
import type { RecordOrgUnitsQuery } from '../../../gql/graphql';

export type RecordOrgUnit = RecordOrgUnitsQuery['orgUnits'][number];

interface OrgUnitSelectProps {
  readonly units: readonly RecordOrgUnit[];
  readonly id?: string;
  readonly value?: string | null;
  readonly onChange?: (value: string | undefined) => void;
  readonly placeholder?: string;
  readonly allowClear?: boolean;
  readonly 'aria-label'?: string;
}

/** A unit of the person's scope, by its path (南区局 / 公客综合党支部 / 康健支局) so that like-named units differ; searchable on a phone. */
export function OrgUnitSelect({ units, id, value, onChange, placeholder = '选择组织单位', allowClear = false, 'aria-label': ariaLabel }: OrgUnitSelectProps) {
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      // Nothing new is recorded under a retired unit.
      options={units.map((unit) => ({ value: unit.id, label: unit.path.join(' / '), disabled: unit.retired }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      allowClear={allowClear}
      virtual={false}
      style={{ width: '100%' }}
    />
  );
}
