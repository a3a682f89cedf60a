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
  if (!snapshot || snapshot.id !== id) throw new NotFoundError(`党建翼联 co-building agreement ${id} does not exist`);
  if (snapshot.status === 'TERMINATED') checks.add(field, '党建翼联 co-building agreement has been terminated; activities can no longer be linked to it');
}
