// 志愿服务 volunteer activity decider. A record is recorded once, then corrected or voided by new
// events; nothing is ever edited in place.
import { checkAgreementRef } from '../shared/agreement-ref';
import { isCalendarDate, spanInDays } from '../shared/calendar-date';
import { deciderOf, ignoreEvent } from '../shared/decider';
import { formatHundredths } from '../shared/decimal';
import { compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { checkedSubdistrict } from '../shared/subdistrict';
import type { SubdistrictRule } from '../shared/subdistrict';
import { FieldChecks } from '../shared/validation';
import type {
  CorrectVolunteerActivity,
  RecordVolunteerActivity,
  VoidVolunteerActivity,
  VolunteerActivityCommand,
  VolunteerActivityInput,
} from './volunteer-activity.commands';
import { TIME_BASES, VOLUNTEER_PROGRAMS } from './volunteer-activity.events';
import type {
  VolunteerActivityChangeSet,
  VolunteerActivityEvent,
  VolunteerActivityFacts,
  VolunteerActivityRecorded,
} from './volunteer-activity.events';

export const VOLUNTEER_ACTIVITY_LIMITS = {
  titleMax: 200,
  siteMax: 200,
  serviceItemMax: 100,
  serviceItemsMax: 50,
  recipientMax: 100,
  /** Inclusive days: a whole leap year, 01-01..12-31, still fits. */
  spanDaysMax: 366,
} as const;

export type VolunteerActivityState =
  | { readonly status: 'none' }
  | { readonly status: 'recorded'; readonly activityId: string; readonly facts: VolunteerActivityFacts; readonly original: VolunteerActivityRecorded['data'] }
  | {
      readonly status: 'voided';
      readonly activityId: string;
      readonly facts: VolunteerActivityFacts;
      readonly original: VolunteerActivityRecorded['data'];
      readonly reason: string;
    };

export const initialVolunteerActivityState = (): VolunteerActivityState => ({ status: 'none' });

function applyChanges(facts: VolunteerActivityFacts, changes: VolunteerActivityChangeSet): VolunteerActivityFacts {
  const next: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as VolunteerActivityFacts;
}

export function evolveVolunteerActivity(state: VolunteerActivityState, event: VolunteerActivityEvent): VolunteerActivityState {
  switch (event.type) {
    case 'VolunteerActivityRecorded': {
      if (state.status !== 'none') return state;
      const { activityId, ...facts } = event.data;
      return { status: 'recorded', activityId, facts, original: event.data };
    }
    case 'VolunteerActivityCorrected':
      return state.status === 'recorded' ? { ...state, facts: applyChanges(state.facts, event.data.changes) } : state;
    case 'VolunteerActivityVoided':
      return state.status === 'recorded' ? { ...state, status: 'voided', reason: event.data.reason } : state;
    default:
      return ignoreEvent(event, state);
  }
}

/**
 * Every rule of docs/design.md §3 on a complete input. `organizerPath` is supplied by the caller: either
 * the checked snapshot's path, or the stored path when a correction leaves the organizer alone.
 */
function checkedFacts(input: VolunteerActivityInput, checks: FieldChecks, organizerPath: readonly string[], subdistricts: SubdistrictRule): VolunteerActivityFacts {
  const L = VOLUNTEER_ACTIVITY_LIMITS;
  const program = checks.oneOf('program', input.program, VOLUNTEER_PROGRAMS, { label: '项目类别' });
  const title = checks.text('title', input.title, { max: L.titleMax, label: '活动名称' });
  const startDate = checks.date('startDate', input.startDate, { label: '开始日期' });
  const endDate = input.endDate === undefined || input.endDate === null ? startDate : checks.date('endDate', input.endDate, { label: '结束日期' });
  if (isCalendarDate(startDate) && isCalendarDate(endDate)) {
    const span = spanInDays(startDate, endDate);
    if (span < 1) checks.add('endDate', '结束日期不能早于开始日期');
    else if (span > L.spanDaysMax) checks.add('endDate', `一次活动最长 ${L.spanDaysMax} 天，更长的请分几次登记`);
  }
  const subdistrict = checkedSubdistrict(checks, 'subdistrict', input.subdistrict, subdistricts, { optional: true });
  const site = checks.text('site', input.site, { max: L.siteMax, label: '地点' });
  const serviceItems = checks.textList('serviceItems', input.serviceItems, {
    maxItems: L.serviceItemsMax,
    maxLength: L.serviceItemMax,
    label: '服务内容',
  });
  const personTimes = checks.int('personTimes', input.personTimes, { min: 1, label: '人次' });
  const volunteerHoursHundredths =
    input.volunteerHours === undefined || input.volunteerHours === null
      ? undefined
      : checks.hundredths('volunteerHours', input.volunteerHours, { positive: true, label: '志愿时长（小时）' });
  const timeBasis =
    input.timeBasis === undefined || input.timeBasis === null ? 'OWN_TIME' : checks.oneOf('timeBasis', input.timeBasis, TIME_BASES, { label: '时间性质' });
  const beneficiaries = checks.optionalInt('beneficiaries', input.beneficiaries, { min: 0, label: '服务人数' });
  const agreementId = input.agreementId === undefined || input.agreementId === null ? undefined : checks.id('agreementId', input.agreementId, { label: '党建翼联协议' });
  const sales = input.charitySales;
  const charitySales =
    sales === undefined || sales === null
      ? undefined
      : {
          transactions: checks.int('charitySales.transactions', sales.transactions, { min: 1, label: '义卖笔数' }),
          amountFen: checks.yuan('charitySales.amount', sales.amount, { positive: true, label: '义卖金额' }),
          recipient: checks.text('charitySales.recipient', sales.recipient, { max: L.recipientMax, label: '义卖款捐赠对象' }),
        };
  return compact({
    organizerId: input.organizerId,
    organizerPath: [...organizerPath],
    program,
    title,
    startDate,
    endDate,
    subdistrict,
    site,
    serviceItems,
    personTimes,
    volunteerHoursHundredths,
    timeBasis,
    beneficiaries,
    agreementId,
    charitySales,
  });
}

function record(command: RecordVolunteerActivity, state: VolunteerActivityState): VolunteerActivityEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const activityId = checks.id('activityId', d.activityId, { label: '活动编号' });
  const organizerId = checks.id('organizerId', d.organizerId, { label: '组织单位' });
  checks.throwIfAny();
  const organizerPath = checkOrgUnitRef(checks, 'organizerId', organizerId, d.organizer, { label: '组织单位' });
  if (d.agreementId !== undefined && d.agreementId !== null) checkAgreementRef(checks, 'agreementId', d.agreementId, d.agreement);
  const facts = checkedFacts(d, checks, organizerPath, { known: d.knownSubdistricts });
  checks.throwIfAny();

  const data: VolunteerActivityRecorded['data'] = { activityId, ...facts };
  if (state.status !== 'none') {
    // A retried command is a no-op; the same id with other data is a different record.
    if (sameData(state.original, data)) return [];
    throw new ConflictError(`志愿活动 ${activityId} 已按其他信息登记`);
  }
  return [{ type: 'VolunteerActivityRecorded', data }];
}

/** Current facts back in input form, so a correction is checked by exactly the same rules as a record. */
function asInput(facts: VolunteerActivityFacts): VolunteerActivityInput {
  const { organizerPath: _path, volunteerHoursHundredths, charitySales, ...rest } = facts;
  return compact({
    ...rest,
    volunteerHours: volunteerHoursHundredths === undefined ? undefined : formatHundredths(volunteerHoursHundredths),
    charitySales: charitySales && { transactions: charitySales.transactions, amount: formatHundredths(charitySales.amountFen), recipient: charitySales.recipient },
  });
}

function diff(before: VolunteerActivityFacts, after: VolunteerActivityFacts): VolunteerActivityChangeSet {
  const changes: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof VolunteerActivityFacts>;
  for (const key of keys) {
    if (!sameData(before[key], after[key])) changes[key] = after[key] ?? null;
  }
  return changes as VolunteerActivityChangeSet;
}

function existing(state: VolunteerActivityState, activityId: string, action: string) {
  if (state.status === 'none') throw new NotFoundError(`找不到志愿活动 ${activityId}`);
  if (state.status === 'voided') throw new IllegalStateError(`志愿活动“${state.facts.title}”已作废，不能再${action}`);
  return state;
}

function correct(command: CorrectVolunteerActivity, state: VolunteerActivityState): VolunteerActivityEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const activityId = checks.id('activityId', d.activityId, { label: '活动编号' });
  const reason = checks.reason(d.reason);
  const changes = d.changes ?? {};
  if (Object.values(changes).every((v) => v === undefined)) checks.add('changes', '请至少填写一项要更正的内容');
  checks.throwIfAny();
  const current = existing(state, activityId, '更正');

  const merged = { ...asInput(current.facts), ...changes } as VolunteerActivityInput;
  let organizerPath = current.facts.organizerPath;
  if (merged.organizerId !== current.facts.organizerId) {
    // A new organizer must exist and be active today; an unchanged one may since have been retired.
    const organizerId = checks.id('organizerId', merged.organizerId, { label: '组织单位' });
    checks.throwIfAny();
    organizerPath = checkOrgUnitRef(checks, 'organizerId', organizerId, d.organizer, { label: '组织单位' });
  }
  if (merged.agreementId !== undefined && merged.agreementId !== null && merged.agreementId !== current.facts.agreementId) {
    checkAgreementRef(checks, 'agreementId', merged.agreementId, d.agreement);
  }
  // Like an unchanged organizer, an unchanged 街道 may have left the list since.
  const facts = checkedFacts(merged, checks, organizerPath, { known: d.knownSubdistricts, current: current.facts.subdistrict });
  checks.throwIfAny();

  const delta = diff(current.facts, facts);
  // Repeating a correction that is already in effect changes nothing, so it writes nothing.
  if (Object.keys(delta).length === 0) return [];
  return [{ type: 'VolunteerActivityCorrected', data: { activityId, changes: delta, reason } }];
}

function voidActivity(command: VoidVolunteerActivity, state: VolunteerActivityState): VolunteerActivityEvent[] {
  const checks = new FieldChecks();
  const activityId = checks.id('activityId', command.data.activityId, { label: '活动编号' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  existing(state, activityId, '作废');
  return [{ type: 'VolunteerActivityVoided', data: { activityId, reason } }];
}

export const volunteerActivityDecider = deciderOf<VolunteerActivityState, VolunteerActivityCommand, VolunteerActivityEvent>(initialVolunteerActivityState, evolveVolunteerActivity, {
  RecordVolunteerActivity: record,
  CorrectVolunteerActivity: correct,
  VoidVolunteerActivity: voidActivity,
});
