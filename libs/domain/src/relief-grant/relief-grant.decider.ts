// 帮困 hardship relief decider: granted once, then corrected or voided by new events.
import type { Decider } from '../shared/decider';
import { assertNever, compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
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
      return ignore(event, state);
  }
}

function ignore(_event: never, state: ReliefGrantState): ReliefGrantState {
  return state;
}

function grant(command: GrantRelief, state: ReliefGrantState): ReliefGrantEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const grantId = checks.id('grantId', d.grantId);
  const unionId = checks.id('unionId', d.unionId);
  checks.throwIfAny();
  const unionPath = checkOrgUnitRef(checks, 'unionId', unionId, d.union, { label: '工会 union', kind: 'UNION' });
  const grantedOn = checks.date('grantedOn', d.grantedOn, { label: '发放日期 date granted' });
  const amountFen = checks.yuan('amount', d.amount, { positive: true, label: '金额 amount' });
  const personTimes = checks.int('personTimes', d.personTimes, { min: 1, label: '人次 person-times' });
  const category = checks.oneOf('category', d.category, RELIEF_CATEGORIES, { label: '类别 category' });
  checks.throwIfAny();
  // Built field by field, so nothing else the caller sent (such as a name) can reach the log.
  const data: ReliefGranted['data'] = { grantId, unionId, unionPath, grantedOn, amountFen, personTimes, category };
  if (state.status !== 'none') {
    if (sameData(state.original, data)) return [];
    throw new ConflictError(`relief grant ${grantId} is already recorded with different details`);
  }
  return [{ type: 'ReliefGranted', data }];
}

function existing(state: ReliefGrantState, grantId: string, action: string) {
  if (state.status === 'none') throw new NotFoundError(`帮困 relief grant ${grantId} does not exist`);
  if (state.status === 'voided') throw new IllegalStateError(`帮困 relief grant ${grantId} has been voided and cannot be ${action}`);
  return state;
}

function correct(command: CorrectReliefGrant, state: ReliefGrantState): ReliefGrantEvent[] {
  const d = command.data;
  const c = d.changes ?? {};
  const checks = new FieldChecks();
  const grantId = checks.id('grantId', d.grantId);
  const reason = checks.reason(d.reason);
  const wanted: ReliefGrantChangeSet = compact({
    grantedOn: c.grantedOn == null ? undefined : checks.date('grantedOn', c.grantedOn, { label: '发放日期 date granted' }),
    amountFen: c.amount == null ? undefined : checks.yuan('amount', c.amount, { positive: true, label: '金额 amount' }),
    personTimes: checks.optionalInt('personTimes', c.personTimes, { min: 1, label: '人次 person-times' }),
    category: c.category == null ? undefined : checks.oneOf('category', c.category, RELIEF_CATEGORIES, { label: '类别 category' }),
  });
  if (Object.keys(wanted).length === 0) checks.add('changes', 'say what to correct: the date, amount, person-times or category');
  checks.throwIfAny();
  const current = existing(state, grantId, 'corrected');
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => current.facts[key as keyof ReliefGrantChangeSet] !== value),
  ) as ReliefGrantChangeSet;
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'ReliefGrantCorrected', data: { grantId, changes, reason } }];
}

function voidGrant(command: VoidReliefGrant, state: ReliefGrantState): ReliefGrantEvent[] {
  const checks = new FieldChecks();
  const grantId = checks.id('grantId', command.data.grantId);
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  existing(state, grantId, 'voided again');
  return [{ type: 'ReliefGrantVoided', data: { grantId, reason } }];
}

export function decideReliefGrant(command: ReliefGrantCommand, state: ReliefGrantState): readonly ReliefGrantEvent[] {
  switch (command.type) {
    case 'GrantRelief':
      return grant(command, state);
    case 'CorrectReliefGrant':
      return correct(command, state);
    case 'VoidReliefGrant':
      return voidGrant(command, state);
    default:
      return assertNever(command);
  }
}

export const reliefGrantDecider: Decider<ReliefGrantState, ReliefGrantCommand, ReliefGrantEvent> = {
  initialState: initialReliefGrantState,
  evolve: evolveReliefGrant,
  decide: decideReliefGrant,
};
