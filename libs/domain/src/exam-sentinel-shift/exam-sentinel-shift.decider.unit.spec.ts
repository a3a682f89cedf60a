import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { ExamSentinelShiftChanges, ExamSentinelShiftCommand, RecordExamSentinelShift } from './exam-sentinel-shift.commands';
import { examSentinelShiftDecider as decider } from './exam-sentinel-shift.decider';
import type { ExamSentinelShiftChangeSet, ExamSentinelShiftEvent, ExamSentinelShiftRecorded } from './exam-sentinel-shift.events';

// 考务哨兵 at the 春季高考 spring college exam.
const SHIFT = uuid(400);
const BRANCH = uuid(4);
const organizer = (over: Partial<OrgUnitSnapshot> = {}): OrgUnitSnapshot => ({ id: BRANCH, kind: 'PARTY_BRANCH', path: ['南区局', '行数徐家汇党支部'], retired: false, ...over });

const record = (over: Partial<Record<keyof RecordExamSentinelShift['data'], unknown>> = {}): ExamSentinelShiftCommand => ({
  type: 'RecordExamSentinelShift',
  data: { shiftId: SHIFT, organizerId: BRANCH, organizer: organizer(), examName: '春季高考 ', examDate: '2023-01-07', site: ' 南洋模范中学', supporters: 4, ...over } as RecordExamSentinelShift['data'],
});
const recordedData: ExamSentinelShiftRecorded['data'] = {
  shiftId: SHIFT,
  organizerId: BRANCH,
  organizerPath: ['南区局', '行数徐家汇党支部'],
  examName: '春季高考',
  examDate: '2023-01-07',
  site: '南洋模范中学',
  supporters: 4,
};
const recorded: ExamSentinelShiftEvent = { type: 'ExamSentinelShiftRecorded', data: recordedData };
const correct = (changes: ExamSentinelShiftChanges, reason = '人数有误 wrong count'): ExamSentinelShiftCommand => ({ type: 'CorrectExamSentinelShift', data: { shiftId: SHIFT, reason, changes } });
const corrected = (changes: ExamSentinelShiftChangeSet): ExamSentinelShiftEvent => ({ type: 'ExamSentinelShiftCorrected', data: { shiftId: SHIFT, changes, reason: '人数有误 wrong count' } });
const voidIt = (reason = '重复 duplicate'): ExamSentinelShiftCommand => ({ type: 'VoidExamSentinelShift', data: { shiftId: SHIFT, reason } });
const voided: ExamSentinelShiftEvent = { type: 'ExamSentinelShiftVoided', data: { shiftId: SHIFT, reason: '重复 duplicate' } };

describe('ExamSentinelShift: RecordExamSentinelShift', () => {
  it('records a shift, trimmed', () => given(decider).when(record()).then([recorded]));
  it('is a no-op when repeated', () => given(decider, [recorded]).when(record()).then([]));
  it('rejects the same id with other data', () => given(decider, [recorded]).when(record({ supporters: 5 })).thenThrows(ConflictError));
  it('rejects an unknown organizer', () => given(decider).when(record({ organizer: null })).thenThrows(NotFoundError));
  it('rejects a retired organizer', () => given(decider).when(record({ organizer: organizer({ retired: true }) })).thenThrows(ValidationError, issueOn('organizerId')));
  it('rejects supporters below 1', () => given(decider).when(record({ supporters: 0 })).thenThrows(ValidationError, issueOn('supporters')));
  it('rejects blank names and sites and bad dates together', () => {
    given(decider)
      .when(record({ examName: ' ', site: '', examDate: '2023-13-01' }))
      .thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'examName' }), expect.objectContaining({ field: 'examDate' }), expect.objectContaining({ field: 'site' })] });
  });
  it('caps the exam name length', () => given(decider).when(record({ examName: '考'.repeat(101) })).thenThrows(ValidationError, issueOn('examName')));
});

describe('ExamSentinelShift: CorrectExamSentinelShift', () => {
  it('records only the changed fields', () => given(decider, [recorded]).when(correct({ supporters: 6, site: '南洋模范中学' })).then([corrected({ supporters: 6 })]));
  it('corrects name, date and site', () => {
    given(decider, [recorded]).when(correct({ examName: '中职考试', examDate: '2023-12-09', site: '徐汇中学' })).then([corrected({ examName: '中职考试', examDate: '2023-12-09', site: '徐汇中学' })]);
  });
  it('is a no-op when already in effect', () => given(decider, [recorded, corrected({ supporters: 6 })]).when(correct({ supporters: 6 })).then([]));
  it('rejects an empty change set', () => given(decider, [recorded]).when(correct({})).thenThrows(ValidationError, issueOn('changes')));
  it('rejects bad values', () => given(decider, [recorded]).when(correct({ examDate: '2023-02-30' })).thenThrows(ValidationError, issueOn('examDate')));
  it('requires a reason', () => given(decider, [recorded]).when(correct({ supporters: 6 }, '')).thenThrows(ValidationError, issueOn('reason')));
  it('rejects a missing shift', () => given(decider).when(correct({ supporters: 6 })).thenThrows(NotFoundError));
  it('rejects a voided shift', () => given(decider, [recorded, voided]).when(correct({ supporters: 6 })).thenThrows(IllegalStateError));
});

describe('ExamSentinelShift: VoidExamSentinelShift', () => {
  it('voids', () => given(decider, [recorded]).when(voidIt()).then([voided]));
  it('rejects voiding twice', () => given(decider, [recorded, voided]).when(voidIt()).thenThrows(IllegalStateError));
  it('rejects a missing shift', () => given(decider).when(voidIt()).thenThrows(NotFoundError));
  it('requires a reason', () => given(decider, [recorded]).when(voidIt(' ')).thenThrows(ValidationError, issueOn('reason')));
});
