// 考务哨兵 exam sentinel shifts: the ledger page, one shift, and record / correct / void (docs/design.md §14).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { CorrectExamSentinelShiftInput, RecordExamSentinelShiftInput, VoidRecordInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { RECORD_QUERY_KEYS } from './shared';

export const ExamShiftFieldsFragment = graphql(`
  fragment ExamShiftFields on ExamSentinelShift {
    id
    organizerId
    organizerPath
    examName
    examDate
    site
    supporters
    recordedAt
    recordedBy
    correctedAt
    voided
    voidedAt
    voidReason
  }
`);

const ExamShiftsDocument = graphql(`
  query ExamSentinelShifts($filter: LedgerFilter!, $first: Int, $after: String) {
    examSentinelShifts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ExamShiftFields
        }
      }
    }
  }
`);

const RecordExamShiftDocument = graphql(`
  mutation RecordExamSentinelShift($input: RecordExamSentinelShiftInput!) {
    recordExamSentinelShift(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
      shift {
        id
        examDate
      }
    }
  }
`);

const CorrectExamShiftDocument = graphql(`
  mutation CorrectExamSentinelShift($input: CorrectExamSentinelShiftInput!) {
    correctExamSentinelShift(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
      shift {
        id
        examDate
      }
    }
  }
`);

const VoidExamShiftDocument = graphql(`
  mutation VoidExamSentinelShift($input: VoidRecordInput!) {
    voidExamSentinelShift(input: $input) {
      shift {
        id
      }
    }
  }
`);

const SHIFTS = 'ExamSentinelShifts';
export const EXAM_SHIFT_PAGE_SIZE = 20;

export interface ExamShiftListFilter {
  readonly year: number;
  readonly orgUnitId?: string | undefined;
  readonly includeVoided: boolean;
  readonly search?: string | undefined;
}

export function useExamShiftPage({ year, orgUnitId, includeVoided, search }: ExamShiftListFilter, after: string | undefined) {
  const variables = { filter: { year, orgUnitId: orgUnitId ?? null, includeVoided, search: search ?? null }, first: EXAM_SHIFT_PAGE_SIZE, after: after ?? null };
  return useQuery({ queryKey: [SHIFTS, variables], queryFn: ({ signal }) => execute(ExamShiftsDocument, variables, { signal }), placeholderData: keepPreviousData });
}

export function useExamShift(id: string, year: number) {
  const variables = { filter: { year, id, includeVoided: true }, first: 1 };
  return useQuery({ queryKey: [SHIFTS, variables], queryFn: ({ signal }) => execute(ExamShiftsDocument, variables, { signal }) });
}

function useShiftMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [SHIFTS] }),
        queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.history] }),
        queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.choices] }),
      ]),
  });
}

export const useRecordExamShift = () => useShiftMutation((input: RecordExamSentinelShiftInput) => execute(RecordExamShiftDocument, { input }));
export const useCorrectExamShift = () => useShiftMutation((input: CorrectExamSentinelShiftInput) => execute(CorrectExamShiftDocument, { input }));
export const useVoidExamShift = () => useShiftMutation((input: VoidRecordInput) => execute(VoidExamShiftDocument, { input }));
