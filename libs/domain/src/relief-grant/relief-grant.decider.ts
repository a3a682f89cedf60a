// 帮困 hardship relief decider: granted once, then corrected or voided by new events.
import { deciderOf, ignoreEvent } from '../shared/decider';
import { compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
import { personalDataProblem } from './personal-data';
import type { CorrectReliefGrant, GrantRelief, ReliefGrantCommand, VoidReliefGrant } from './relief-grant.commands';
import { RELIEF_CATEGORIES } from './relief-grant.events';
import type { ReliefGranted, ReliefGrantChangeSet, ReliefGrantEvent, ReliefGrantFacts } from './relief-grant.events';

type Kept = { readonly grantId: string; readonly facts: ReliefGrantFacts; readonly original: ReliefGranted['data'] };

export type ReliefGrantState =
  | { readonly status: 'none' }
  | ({ readonly status: 'granted' } & Kept)
  | ({ readonly status: 'voided'; readonly reason: string } & Kept);

export const initialReliefGrantState = (): ReliefGrantState => ({ status: 'none' });

export function evolveReliefGrant(state: ReliefGrantState, event: ReliefGrantEvent): ReliefGrantState {
  switch (event.type) {
    case 'ReliefGranted': {
      if (state.status !== 'none') return state;
      const { grantId, ...facts } = event.data;
      return { status: 'granted', grantId, facts, original: event.data };
    }
    case 'ReliefGrantCorrected':
      return state.status === 'granted' ? { ...state, facts: { ...state.facts, ...compact(event.data.changes) } } : state;
    case 'ReliefGrantVoided':
      return state.status === 'granted' ? { ...state, status: 'voided', reason: event.data.reason } : state;
    default:
      return ignoreEvent(event, state);
  }
}

function grant(command: GrantRelief, state: ReliefGrantState): ReliefGrantEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const grantId = checks.id('grantId', d.grantId, { label: '帮困记录编号' });
  const unionId = checks.id('unionId', d.unionId, { label: '工会' });
  checks.throwIfAny();
  const unionPath = checkOrgUnitRef(checks, 'unionId', unionId, d.union, { label: '工会', kind: 'UNION' });
  const grantedOn = checks.date('grantedOn', d.grantedOn, { label: '发放日期' });
  const amountFen = checks.yuan('amount', d.amount, { positive: true, label: '金额' });
  const personTimes = checks.int('personTimes', d.personTimes, { min: 1, label: '人次' });
  const category = checks.oneOf('category', d.category, RELIEF_CATEGORIES, { label: '类别' });
  checks.throwIfAny();
  // Built field by field, so nothing else the caller sent (such as a name) can reach the log.
  const data: ReliefGranted['data'] = { grantId, unionId, unionPath, grantedOn, amountFen, personTimes, category };
  if (state.status !== 'none') {
    if (sameData(state.original, data)) return [];
    throw new ConflictError(`帮困记录 ${grantId} 已按其他信息登记`);
  }
  return [{ type: 'ReliefGranted', data }];
}

/** Relief's free text is short, and kept for good: the shorter it is, the less it can say about someone. */
export const RELIEF_REASON_MAX = 200;

/**
 * A reason on a relief record (docs/design.md §3: no recipient identity is stored, ever): capped, and
 * refused when it carries a resident ID, mobile or bank card number.
 */
function reliefReason(checks: FieldChecks, value: unknown): string {
  const reason = checks.text('reason', value, { max: RELIEF_REASON_MAX, label: '原因' });
  const problem = personalDataProblem(reason, '原因');
  if (problem !== undefined) checks.add('reason', problem);
  return reason;
}

function existing(state: ReliefGrantState, grantId: string, action: string) {
  if (state.status === 'none') throw new NotFoundError(`找不到帮困记录 ${grantId}`);
  if (state.status === 'voided') throw new IllegalStateError(`帮困记录 ${grantId} 已作废，不能再${action}`);
  return state;
}

function correct(command: CorrectReliefGrant, state: ReliefGrantState): ReliefGrantEvent[] {
  const d = command.data;
  const c = d.changes ?? {};
  const checks = new FieldChecks();
  const grantId = checks.id('grantId', d.grantId, { label: '帮困记录编号' });
  const reason = reliefReason(checks, d.reason);
  const wanted: ReliefGrantChangeSet = compact({
    grantedOn: c.grantedOn == null ? undefined : checks.date('grantedOn', c.grantedOn, { label: '发放日期' }),
    amountFen: c.amount == null ? undefined : checks.yuan('amount', c.amount, { positive: true, label: '金额' }),
    personTimes: checks.optionalInt('personTimes', c.personTimes, { min: 1, label: '人次' }),
    category: c.category == null ? undefined : checks.oneOf('category', c.category, RELIEF_CATEGORIES, { label: '类别' }),
  });
  if (Object.keys(wanted).length === 0) checks.add('changes', '请至少填写一项要更正的内容：发放日期、金额、人次或类别');
  checks.throwIfAny();
  const current = existing(state, grantId, '更正');
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => current.facts[key as keyof ReliefGrantChangeSet] !== value),
  ) as ReliefGrantChangeSet;
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'ReliefGrantCorrected', data: { grantId, changes, reason } }];
}

function voidGrant(command: VoidReliefGrant, state: ReliefGrantState): ReliefGrantEvent[] {
  const checks = new FieldChecks();
  const grantId = checks.id('grantId', command.data.grantId, { label: '帮困记录编号' });
  const reason = reliefReason(checks, command.data.reason);
  checks.throwIfAny();
  existing(state, grantId, '作废');
  return [{ type: 'ReliefGrantVoided', data: { grantId, reason } }];
}

export const reliefGrantDecider = deciderOf<ReliefGrantState, ReliefGrantCommand, ReliefGrantEvent>(initialReliefGrantState, evolveReliefGrant, {
  GrantRelief: grant,
  CorrectReliefGrant: correct,
  VoidReliefGrant: voidGrant,
});
