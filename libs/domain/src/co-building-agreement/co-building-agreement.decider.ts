// 党建翼联 co-building agreement decider: signed, possibly renewed, terminated at most once.
import type { CoBuildingAgreementSnapshot } from '../shared/agreement-ref';
import { isAfter, isBefore, isCalendarDate } from '../shared/calendar-date';
import type { CalendarDate } from '../shared/calendar-date';
import { deciderOf, ignoreEvent } from '../shared/decider';
import { compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
import type {
  CoBuildingAgreementCommand,
  RenewCoBuildingAgreement,
  SignCoBuildingAgreement,
  TerminateCoBuildingAgreement,
} from './co-building-agreement.commands';
import { PARTNER_KINDS } from './co-building-agreement.events';
import type { CoBuildingAgreementEvent, CoBuildingAgreementSigned, Partner } from './co-building-agreement.events';

export const CO_BUILDING_LIMITS = { partnersMax: 50, partnerNameMax: 100, commitmentsMax: 50, commitmentMax: 500 } as const;

type Kept = { readonly signed: CoBuildingAgreementSigned['data']; readonly validUntil?: CalendarDate };

export type CoBuildingAgreementState =
  | { readonly status: 'none' }
  | ({ readonly status: 'active' } & Kept)
  | ({ readonly status: 'terminated'; readonly terminatedOn: CalendarDate; readonly reason: string } & Kept);

export const initialCoBuildingAgreementState = (): CoBuildingAgreementState => ({ status: 'none' });

export function evolveCoBuildingAgreement(state: CoBuildingAgreementState, event: CoBuildingAgreementEvent): CoBuildingAgreementState {
  switch (event.type) {
    case 'CoBuildingAgreementSigned':
      return state.status === 'none' ? compact({ status: 'active' as const, signed: event.data, validUntil: event.data.validUntil }) : state;
    case 'CoBuildingAgreementRenewed':
      return state.status === 'active' ? { ...state, validUntil: event.data.validUntil } : state;
    case 'CoBuildingAgreementTerminated':
      return state.status === 'active' ? { ...state, status: 'terminated', terminatedOn: event.data.terminatedOn, reason: event.data.reason } : state;
    default:
      return ignoreEvent(event, state);
  }
}

function sign(command: SignCoBuildingAgreement, state: CoBuildingAgreementState): CoBuildingAgreementEvent[] {
  const d = command.data;
  const L = CO_BUILDING_LIMITS;
  const checks = new FieldChecks();
  const agreementId = checks.id('agreementId', d.agreementId, { label: '党建翼联协议' });
  const branchId = checks.id('branchId', d.branchId, { label: '签约支部' });
  checks.throwIfAny();
  const branchPath = checkOrgUnitRef(checks, 'branchId', branchId, d.branch, { label: '签约支部' });
  const partners: Partner[] = [];
  if (!Array.isArray(d.partners) || d.partners.length === 0) checks.add('partners', '请至少填写一个共建单位');
  else if (d.partners.length > L.partnersMax) checks.add('partners', `共建单位最多填写 ${L.partnersMax} 个`);
  const seen = new Set<string>();
  (Array.isArray(d.partners) ? d.partners : []).forEach((p, i) => {
    const name = checks.text(`partners[${i}].name`, p?.name, { max: L.partnerNameMax, label: `第 ${i + 1} 个共建单位的名称` });
    const kind = checks.oneOf(`partners[${i}].kind`, p?.kind, PARTNER_KINDS, { label: `第 ${i + 1} 个共建单位的类型` });
    if (name !== '' && seen.has(name)) checks.add(`partners[${i}].name`, `共建单位“${name}”重复了`);
    seen.add(name);
    partners.push({ name, kind });
  });
  const signedOn = checks.date('signedOn', d.signedOn, { label: '签约日期' });
  const validUntil = checks.optionalDate('validUntil', d.validUntil, { label: '有效期至' });
  if (validUntil !== undefined && isCalendarDate(validUntil) && isCalendarDate(signedOn) && !isAfter(validUntil, signedOn)) {
    checks.add('validUntil', '有效期至须晚于签约日期');
  }
  const commitments = checks.textList('commitments', d.commitments, { maxItems: L.commitmentsMax, maxLength: L.commitmentMax, label: '共建事项' });
  checks.throwIfAny();
  const data: CoBuildingAgreementSigned['data'] = compact({ agreementId, branchId, branchPath, partners, signedOn, validUntil, commitments });
  if (state.status !== 'none') {
    if (sameData(state.signed, data)) return [];
    throw new ConflictError(`党建翼联协议 ${agreementId} 已按其他信息签订`);
  }
  return [{ type: 'CoBuildingAgreementSigned', data }];
}

function active(state: CoBuildingAgreementState, agreementId: string) {
  if (state.status === 'none') throw new NotFoundError(`找不到党建翼联协议 ${agreementId}`);
  if (state.status === 'terminated') throw new IllegalStateError(`党建翼联协议 ${agreementId} 已于 ${state.terminatedOn} 终止`);
  return state;
}

function renew(command: RenewCoBuildingAgreement, state: CoBuildingAgreementState): CoBuildingAgreementEvent[] {
  const checks = new FieldChecks();
  const agreementId = checks.id('agreementId', command.data.agreementId, { label: '党建翼联协议' });
  const validUntil = checks.date('validUntil', command.data.validUntil, { label: '有效期至' });
  checks.throwIfAny();
  const current = active(state, agreementId);
  if (current.validUntil === validUntil) return [];
  if (!isAfter(validUntil, current.signed.signedOn)) throw ValidationError.of('validUntil', '有效期至须晚于签约日期');
  // A renewal extends; shortening is a termination and should say so with a reason.
  if (current.validUntil !== undefined && isBefore(validUntil, current.validUntil)) {
    throw ValidationError.of('validUntil', `续签只能延长到 ${current.validUntil} 之后；如要提前结束，请终止协议`);
  }
  return [{ type: 'CoBuildingAgreementRenewed', data: { agreementId, validUntil } }];
}

function terminate(command: TerminateCoBuildingAgreement, state: CoBuildingAgreementState): CoBuildingAgreementEvent[] {
  const checks = new FieldChecks();
  const agreementId = checks.id('agreementId', command.data.agreementId, { label: '党建翼联协议' });
  const terminatedOn = checks.date('terminatedOn', command.data.terminatedOn, { label: '终止日期' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  const current = active(state, agreementId);
  if (isBefore(terminatedOn, current.signed.signedOn)) throw ValidationError.of('terminatedOn', `终止日期不能早于签约日期 ${current.signed.signedOn}`);
  return [{ type: 'CoBuildingAgreementTerminated', data: { agreementId, terminatedOn, reason } }];
}

export const coBuildingAgreementDecider = deciderOf<CoBuildingAgreementState, CoBuildingAgreementCommand, CoBuildingAgreementEvent>(initialCoBuildingAgreementState, evolveCoBuildingAgreement, {
  SignCoBuildingAgreement: sign,
  RenewCoBuildingAgreement: renew,
  TerminateCoBuildingAgreement: terminate,
});

/** The snapshot a RecordVolunteerActivity command carries; undefined before signing. */
export function coBuildingAgreementSnapshot(state: CoBuildingAgreementState): CoBuildingAgreementSnapshot | undefined {
  if (state.status === 'none') return undefined;
  return { id: state.signed.agreementId, status: state.status === 'active' ? 'ACTIVE' : 'TERMINATED' };
}

/**
 * Active in year Y (docs/design.md §3): signed on or before Y-12-31 and not ended before Y-01-01, where it
 * ends at the earlier of its termination and its valid-until date.
 */
export function isAgreementActiveInYear(
  agreement: { readonly signedOn: CalendarDate; readonly validUntil?: CalendarDate; readonly terminatedOn?: CalendarDate },
  year: number,
): boolean {
  const ends = [agreement.validUntil, agreement.terminatedOn].filter((d): d is CalendarDate => d !== undefined).sort()[0];
  return agreement.signedOn <= `${year}-12-31` && (ends === undefined || ends >= `${year}-01-01`);
}
