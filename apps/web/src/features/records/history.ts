// A record's history (recordHistory) as a person reads it: who, when, what was done, what changed
// from what to what, and why. The events' data is the stored facts; a correction holds only the
// fields it changed, so the values before are those of the events before it.
import { eventDone } from '../../lib/event-names';
import { formatDate, formatDecimal, formatYuan } from '../../lib/format';
import { volunteerProgramLabel } from '../../lib/labels';
import type { TimeBasis, VolunteerProgram } from '../../gql/graphql';

export interface HistoryEvent {
  readonly position: string;
  readonly type: string;
  readonly data: unknown;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly recordedByName: string;
}

export interface FieldChange {
  readonly label: string;
  /** Undefined when the field had no value before (or the event set it for the first time). */
  readonly before: string | undefined;
  readonly after: string;
}

export interface HistoryEntry {
  readonly position: string;
  readonly action: string;
  /** 李华（li.recorder）: the name as it was then, beside the login. */
  readonly who: string;
  readonly recordedAt: string;
  /** A correction's changes (each with the value it replaced), or what a later event set (a renewal, a session). */
  readonly changes: readonly FieldChange[];
  /** True for a correction: its changes read "before → after". */
  readonly corrected: boolean;
  readonly reason: string | undefined;
}

/** Field labels; a field not named here (ids, paths shown otherwise) is not listed as a change. */
const FIELDS: Readonly<Record<string, string>> = {
  organizerPath: '组织单位',
  program: '项目类别',
  title: '活动名称',
  startDate: '开始日期',
  endDate: '结束日期',
  subdistrict: '街道',
  site: '地点',
  serviceItems: '服务内容',
  personTimes: '人次',
  volunteerHoursHundredths: '志愿时长',
  timeBasis: '时间性质',
  beneficiaries: '服务人数',
  charitySales: '爱心义卖',
  examName: '考试名称',
  examDate: '考试日期',
  supporters: '保障人次',
  validUntil: '有效期至',
  terminatedOn: '终止日期',
  name: '名称',
  date: '日期',
  volunteers: '志愿者',
  peopleServed: '服务人数',
  services: '服务内容',
  closedOn: '停用日期',
};

/** Where a kind names a field otherwise, by the prefix of its events' types, as its page does: a shift's site is its 考点, a session's date its 服务日期. */
const KIND_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ExamSentinelShift: { site: '考点' },
  BoothSession: { date: '服务日期' },
};

function fieldLabel(eventType: string, field: string): string | undefined {
  const kind = Object.keys(KIND_FIELDS).find((prefix) => eventType.startsWith(prefix));
  return (kind === undefined ? undefined : KIND_FIELDS[kind]?.[field]) ?? FIELDS[field];
}

export function timeBasisLabel(basis: TimeBasis): string {
  switch (basis) {
    case 'WORKING_HOURS':
      return '工作时间';
    case 'OWN_TIME':
      return '业余时间';
    default: {
      const unknownBasis: never = basis;
      return unknownBasis;
    }
  }
}

const PROGRAMS: readonly string[] = ['LEI_FENG', 'COMMUNITY_SERVICE', 'ELDERLY_CARE', 'DIGITAL_INCLUSION', 'ANTI_FRAUD', 'PUBLIC_WELFARE', 'OTHER'];
const isProgram = (value: string): value is VolunteerProgram => PROGRAMS.includes(value);
const isTimeBasis = (value: string): value is TimeBasis => value === 'WORKING_HOURS' || value === 'OWN_TIME';

/** One stored value as text: dates in Chinese, hundredths of hours as hours, enums by their names. */
export function valueText(field: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (field === 'volunteerHoursHundredths' && typeof value === 'number') return `${formatDecimal((value / 100).toFixed(2))} 小时`;
  if (field === 'charitySales') return charitySalesText(asObject(value));
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String).join(field === 'organizerPath' ? ' / ' : '、');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (field === 'program' && isProgram(value)) return volunteerProgramLabel(value);
    if (field === 'timeBasis' && isTimeBasis(value)) return timeBasisLabel(value);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** An event keeps a 义卖 as { transactions, amountFen, recipient } (the amount in fen, exactly). */
function charitySalesText(sales: Record<string, unknown>): string {
  const fen = typeof sales['amountFen'] === 'number' ? sales['amountFen'] : 0;
  return `${String(sales['transactions'])} 笔，${formatYuan((fen / 100).toFixed(2))}，捐赠给${String(sales['recipient'])}`;
}

const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * The history entries, oldest first, each correction's change with the value it replaced. The first
 * event (the record made) lists nothing: its facts are the page's.
 */
export function describeHistory(events: readonly HistoryEvent[]): HistoryEntry[] {
  const state: Record<string, unknown> = {};
  return events.map((event, index) => {
    const data = asObject(event.data);
    const corrected = 'changes' in data;
    const facts = corrected ? asObject(data['changes']) : data;
    const changes: FieldChange[] = [];
    for (const [field, value] of Object.entries(facts)) {
      const label = fieldLabel(event.type, field);
      const after = valueText(field, value);
      const before = valueText(field, state[field]);
      state[field] = value;
      if (label === undefined || index === 0 || (before === after && corrected)) continue;
      // Only a correction clears a field; a later event's empty one (a session without 服务内容) says nothing.
      if (after === undefined && !corrected) continue;
      changes.push({ label, before: corrected ? before : undefined, after: after ?? '（清空）' });
    }
    const reason = typeof data['reason'] === 'string' ? data['reason'] : undefined;
    return { position: event.position, action: eventDone(event.type), who: whoRecorded(event), recordedAt: event.recordedAt, changes, corrected, reason };
  });
}

/** 李华（li.recorder）: the name as it was then, beside the login; the login alone when they are one. */
export function whoRecorded(event: Pick<HistoryEvent, 'recordedBy' | 'recordedByName'>): string {
  return event.recordedByName === event.recordedBy ? event.recordedBy : `${event.recordedByName}（${event.recordedBy}）`;
}
