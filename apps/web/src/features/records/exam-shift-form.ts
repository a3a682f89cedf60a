// 考务哨兵 exam sentinel shift forms: the api's inputs and back, with the server's limits
// (libs/domain exam-sentinel-shift.decider.ts), said before sending.
import dayjs, { type Dayjs } from 'dayjs';
import type { CorrectExamSentinelShiftInput, ExamShiftFieldsFragment, RecordExamSentinelShiftInput } from '../../gql/graphql';

export const EXAM_SHIFT_LIMITS = { examNameMax: 100, siteMax: 200, supportersMax: 10_000 } as const;

export interface ExamShiftFormValues {
  readonly organizerId: string;
  readonly examName: string;
  readonly examDate: Dayjs;
  readonly site: string;
  readonly supporters: number;
}

export const EXAM_SHIFT_FIELDS = ['organizerId', 'examName', 'examDate', 'site', 'supporters'] as const;

export function examShiftInputOf(values: ExamShiftFormValues): Omit<RecordExamSentinelShiftInput, 'idempotencyKey'> {
  return { organizerId: values.organizerId, examName: values.examName.trim(), examDate: values.examDate.format('YYYY-MM-DD'), site: values.site.trim(), supporters: values.supporters };
}

export function examShiftFormValuesOf(shift: ExamShiftFieldsFragment): ExamShiftFormValues {
  return { organizerId: shift.organizerId, examName: shift.examName, examDate: dayjs(shift.examDate), site: shift.site, supporters: shift.supporters };
}

/** Only what changed (the organizer is not corrected: a shift entered under the wrong unit is voided and entered again). */
export function examShiftCorrectionOf(current: ExamShiftFieldsFragment, values: ExamShiftFormValues): Omit<CorrectExamSentinelShiftInput, 'id' | 'reason'> | undefined {
  const next = examShiftInputOf(values);
  const changes: { -readonly [K in keyof Omit<CorrectExamSentinelShiftInput, 'id' | 'reason'>]?: CorrectExamSentinelShiftInput[K] } = {};
  if (next.examName !== current.examName) changes.examName = next.examName;
  if (next.examDate !== current.examDate) changes.examDate = next.examDate;
  if (next.site !== current.site) changes.site = next.site;
  if (next.supporters !== current.supporters) changes.supporters = next.supporters;
  return Object.keys(changes).length === 0 ? undefined : changes;
}
