// 考务哨兵 exam sentinel shift decider: recorded once, then corrected or voided by new events.
import { deciderOf, ignoreEvent } from '../shared/decider';
import { compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
import type {
  CorrectExamSentinelShift,
  ExamSentinelShiftCommand,
  RecordExamSentinelShift,
  VoidExamSentinelShift,
} from './exam-sentinel-shift.commands';
import type {
  ExamSentinelShiftChangeSet,
  ExamSentinelShiftEvent,
  ExamSentinelShiftFacts,
  ExamSentinelShiftRecorded,
} from './exam-sentinel-shift.events';

export const EXAM_SENTINEL_LIMITS = { examNameMax: 100, siteMax: 200, supportersMax: 10_000 } as const;

type Kept = { readonly shiftId: string; readonly facts: ExamSentinelShiftFacts; readonly original: ExamSentinelShiftRecorded['data'] };

export type ExamSentinelShiftState =
  | { readonly status: 'none' }
  | ({ readonly status: 'recorded' } & Kept)
  | ({ readonly status: 'voided'; readonly reason: string } & Kept);

export const initialExamSentinelShiftState = (): ExamSentinelShiftState => ({ status: 'none' });

export function evolveExamSentinelShift(state: ExamSentinelShiftState, event: ExamSentinelShiftEvent): ExamSentinelShiftState {
  switch (event.type) {
    case 'ExamSentinelShiftRecorded': {
      if (state.status !== 'none') return state;
      const { shiftId, ...facts } = event.data;
      return { status: 'recorded', shiftId, facts, original: event.data };
    }
    case 'ExamSentinelShiftCorrected':
      return state.status === 'recorded' ? { ...state, facts: { ...state.facts, ...compact(event.data.changes) } } : state;
    case 'ExamSentinelShiftVoided':
      return state.status === 'recorded' ? { ...state, status: 'voided', reason: event.data.reason } : state;
    default:
      return ignoreEvent(event, state);
  }
}

const L = EXAM_SENTINEL_LIMITS;
const labels = {
  examName: { max: L.examNameMax, label: '考试名称' },
  examDate: { label: '考试日期' },
  site: { max: L.siteMax, label: '考点' },
  supporters: { min: 1, max: L.supportersMax, label: '保障人次' },
} as const;

function record(command: RecordExamSentinelShift, state: ExamSentinelShiftState): ExamSentinelShiftEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const shiftId = checks.id('shiftId', d.shiftId, { label: '考务哨兵记录编号' });
  const organizerId = checks.id('organizerId', d.organizerId, { label: '组织单位' });
  checks.throwIfAny();
  const organizerPath = checkOrgUnitRef(checks, 'organizerId', organizerId, d.organizer, { label: '组织单位' });
  const examName = checks.text('examName', d.examName, labels.examName);
  const examDate = checks.date('examDate', d.examDate, labels.examDate);
  const site = checks.text('site', d.site, labels.site);
  const supporters = checks.int('supporters', d.supporters, labels.supporters);
  checks.throwIfAny();
  const data: ExamSentinelShiftRecorded['data'] = { shiftId, organizerId, organizerPath, examName, examDate, site, supporters };
  if (state.status !== 'none') {
    if (sameData(state.original, data)) return [];
    throw new ConflictError(`考务哨兵记录 ${shiftId} 已按其他信息登记`);
  }
  return [{ type: 'ExamSentinelShiftRecorded', data }];
}

function existing(state: ExamSentinelShiftState, shiftId: string, action: string) {
  if (state.status === 'none') throw new NotFoundError(`找不到考务哨兵记录 ${shiftId}`);
  if (state.status === 'voided') throw new IllegalStateError(`考务哨兵记录 ${shiftId} 已作废，不能再${action}`);
  return state;
}

function correct(command: CorrectExamSentinelShift, state: ExamSentinelShiftState): ExamSentinelShiftEvent[] {
  const d = command.data;
  const c = d.changes ?? {};
  const checks = new FieldChecks();
  const shiftId = checks.id('shiftId', d.shiftId, { label: '考务哨兵记录编号' });
  const reason = checks.reason(d.reason);
  const wanted: ExamSentinelShiftChangeSet = compact({
    examName: c.examName == null ? undefined : checks.text('examName', c.examName, labels.examName),
    examDate: c.examDate == null ? undefined : checks.date('examDate', c.examDate, labels.examDate),
    site: c.site == null ? undefined : checks.text('site', c.site, labels.site),
    supporters: checks.optionalInt('supporters', c.supporters, labels.supporters),
  });
  if (Object.keys(wanted).length === 0) checks.add('changes', '请至少填写一项要更正的内容：考试名称、考试日期、考点或保障人次');
  checks.throwIfAny();
  const current = existing(state, shiftId, '更正');
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => current.facts[key as keyof ExamSentinelShiftChangeSet] !== value),
  ) as ExamSentinelShiftChangeSet;
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'ExamSentinelShiftCorrected', data: { shiftId, changes, reason } }];
}

function voidShift(command: VoidExamSentinelShift, state: ExamSentinelShiftState): ExamSentinelShiftEvent[] {
  const checks = new FieldChecks();
  const shiftId = checks.id('shiftId', command.data.shiftId, { label: '考务哨兵记录编号' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  existing(state, shiftId, '作废');
  return [{ type: 'ExamSentinelShiftVoided', data: { shiftId, reason } }];
}

export const examSentinelShiftDecider = deciderOf<ExamSentinelShiftState, ExamSentinelShiftCommand, ExamSentinelShiftEvent>(initialExamSentinelShiftState, evolveExamSentinelShift, {
  RecordExamSentinelShift: record,
  CorrectExamSentinelShift: correct,
  VoidExamSentinelShift: voidShift,
});
