// 党建翼联 co-building agreements: the ledger page, one agreement, and sign / renew / terminate (docs/design.md §14).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { RenewCoBuildingAgreementInput, SignCoBuildingAgreementInput, TerminateCoBuildingAgreementInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { RECORD_QUERY_KEYS } from './shared';

export const AgreementFieldsFragment = graphql(`
  fragment AgreementFields on CoBuildingAgreement {
    id
    branchId
    branchPath
    signedOn
    validUntil
    partners {
      kind
      name
    }
    commitments
    terminated
    terminatedOn
    terminationReason
    recordedAt
    recordedBy
    correctedAt
  }
`);

const AgreementsDocument = graphql(`
  query CoBuildingAgreements($filter: LedgerFilter!, $first: Int, $after: String) {
    coBuildingAgreements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AgreementFields
        }
      }
    }
  }
`);

const SignAgreementDocument = graphql(`
  mutation SignCoBuildingAgreement($input: SignCoBuildingAgreementInput!) {
    signCoBuildingAgreement(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
      agreement {
        id
        signedOn
      }
    }
  }
`);

const RenewAgreementDocument = graphql(`
  mutation RenewCoBuildingAgreement($input: RenewCoBuildingAgreementInput!) {
    renewCoBuildingAgreement(input: $input) {
      agreement {
        id
      }
    }
  }
`);

const TerminateAgreementDocument = graphql(`
  mutation TerminateCoBuildingAgreement($input: TerminateCoBuildingAgreementInput!) {
    terminateCoBuildingAgreement(input: $input) {
      agreement {
        id
      }
    }
  }
`);

const AGREEMENTS = 'CoBuildingAgreements';
export const AGREEMENT_PAGE_SIZE = 20;

export interface AgreementListFilter {
  readonly year: number;
  readonly orgUnitId?: string | undefined;
  readonly search?: string | undefined;
}

export function useAgreementPage({ year, orgUnitId, search }: AgreementListFilter, after: string | undefined) {
  const variables = { filter: { year, orgUnitId: orgUnitId ?? null, search: search ?? null }, first: AGREEMENT_PAGE_SIZE, after: after ?? null };
  return useQuery({ queryKey: [AGREEMENTS, variables], queryFn: ({ signal }) => execute(AgreementsDocument, variables, { signal }), placeholderData: keepPreviousData });
}

export function useAgreement(id: string, year: number) {
  const variables = { filter: { year, id, includeVoided: true }, first: 1 };
  return useQuery({ queryKey: [AGREEMENTS, variables], queryFn: ({ signal }) => execute(AgreementsDocument, variables, { signal }) });
}

function useAgreementMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: [AGREEMENTS] }), queryClient.invalidateQueries({ queryKey: [RECORD_QUERY_KEYS.history] })]),
  });
}

export const useSignAgreement = () => useAgreementMutation((input: SignCoBuildingAgreementInput) => execute(SignAgreementDocument, { input }));
export const useRenewAgreement = () => useAgreementMutation((input: RenewCoBuildingAgreementInput) => execute(RenewAgreementDocument, { input }));
export const useTerminateAgreement = () => useAgreementMutation((input: TerminateCoBuildingAgreementInput) => execute(TerminateAgreementDocument, { input }));
