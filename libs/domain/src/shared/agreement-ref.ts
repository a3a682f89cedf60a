// 党建翼联 co-building agreements are referenced by volunteer activities through a snapshot the app
// reads from the agreement's stream when the command arrives.
import { NotFoundError } from './errors';
import type { FieldChecks } from './validation';

export interface CoBuildingAgreementSnapshot {
  readonly id: string;
  readonly status: 'ACTIVE' | 'TERMINATED';
}

/** Unknown agreement → NotFoundError at once; a terminated one is a field issue. */
export function checkAgreementRef(
  checks: FieldChecks,
  field: string,
  id: string,
  snapshot: CoBuildingAgreementSnapshot | undefined | null,
): void {
  if (!snapshot || snapshot.id !== id) throw new NotFoundError(`找不到党建翼联协议 ${id}`);
  if (snapshot.status === 'TERMINATED') checks.add(field, '该党建翼联协议已终止，活动不能再关联到它');
}
