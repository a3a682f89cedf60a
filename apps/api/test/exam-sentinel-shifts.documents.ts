// GraphQL documents and input builders for 考务哨兵 exam sentinel shifts (e2e tests).
export const SHIFT_FIELDS = `id organizerId organizerPath examName examDate site supporters voided voidReason`;

export const RECORD_SHIFT = /* GraphQL */ `
  mutation Record($input: RecordExamSentinelShiftInput!) {
    recordExamSentinelShift(input: $input) { position shift { ${SHIFT_FIELDS} } }
  }`;

export const CORRECT_SHIFT = /* GraphQL */ `
  mutation Correct($input: CorrectExamSentinelShiftInput!) {
    correctExamSentinelShift(input: $input) { position shift { ${SHIFT_FIELDS} } }
  }`;

export const VOID_SHIFT = /* GraphQL */ `
  mutation Void($input: VoidRecordInput!) {
    voidExamSentinelShift(input: $input) { position shift { ${SHIFT_FIELDS} } }
  }`;

export interface ShiftResult {
  id: string;
  organizerId: string;
  organizerPath: string[];
  examName: string;
  examDate: string;
  site: string;
  supporters: number;
  voided: boolean;
  voidReason: string | null;
}

export interface RecordedShift {
  recordExamSentinelShift: { position: string; shift: ShiftResult };
}
export interface CorrectedShift {
  correctExamSentinelShift: { position: string; shift: ShiftResult };
}
export interface VoidedShift {
  voidExamSentinelShift: { position: string; shift: ShiftResult };
}

/** 春季高考 in January, the first of 2023's exams (docs/design.md §12). */
export function springGaokaoShift(organizerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { organizerId, examName: '春季高考', examDate: '2023-01-07', site: '南洋模范中学考点', supporters: 4, ...overrides };
}
