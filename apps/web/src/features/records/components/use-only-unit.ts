import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import type { RecordOrgUnit } from './org-unit-select';

/**
 * A person who records for one unit only has it chosen for them, once the units arrive, without
 * touching anything they already typed (the form is not made afresh).
 */
export function useOnlyUnit(form: FormInstance, field: string, units: readonly RecordOrgUnit[] | undefined): void {
  const live = units?.filter((unit) => !unit.retired) ?? [];
  const only = live.length === 1 ? live[0]?.id : undefined;
  useEffect(() => {
    if (only !== undefined && form.getFieldValue(field) === undefined) form.setFieldValue(field, only);
  }, [form, field, only]);
}
