// 组织架构 the org chart as the ADMIN manages it: every unit, retired ones included.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type { RegisterOrgUnitInput, RenameOrgUnitInput, RetireOrgUnitInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const OrgChartDocument = graphql(`
  query OrgChart {
    orgUnits {
      id
      name
      kind
      parentId
      path
      retired
      retiredOn
    }
  }
`);

const RegisterOrgUnitDocument = graphql(`
  mutation RegisterOrgUnit($input: RegisterOrgUnitInput!) {
    registerOrgUnit(input: $input) {
      position
      orgUnit {
        id
        name
      }
    }
  }
`);

const RenameOrgUnitDocument = graphql(`
  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      position
      orgUnit {
        id
        name
      }
    }
  }
`);

const RetireOrgUnitDocument = graphql(`
  mutation RetireOrgUnit($input: RetireOrgUnitInput!) {
    retireOrgUnit(input: $input) {
      position
      orgUnit {
        id
        name
        retired
      }
    }
  }
`);

/** Every query that reads org units shares this prefix, so one change refreshes them all. */
const ORG_UNITS = ['OrgUnits'] as const;

export function useOrgChart() {
  return useQuery({ queryKey: [...ORG_UNITS, 'OrgChart'], queryFn: ({ signal }) => execute(OrgChartDocument, {}, { signal }) });
}

function useOrgChartMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS }) });
}

export const useRegisterOrgUnit = () => useOrgChartMutation((input: RegisterOrgUnitInput) => execute(RegisterOrgUnitDocument, { input }));
export const useRenameOrgUnit = () => useOrgChartMutation((input: RenameOrgUnitInput) => execute(RenameOrgUnitDocument, { input }));
export const useRetireOrgUnit = () => useOrgChartMutation((input: RetireOrgUnitInput) => execute(RetireOrgUnitDocument, { input }));
