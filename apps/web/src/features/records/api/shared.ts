// What every record form offers and every record page shows: the units a person records for, the
// 街道 list, names already used (sites, service items), and a record's history.
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import { execute } from '../../../lib/graphql-client';

const RecordOrgUnitsDocument = graphql(`
  query RecordOrgUnits {
    orgUnits {
      id
      name
      path
      retired
    }
  }
`);

const RecordChoicesDocument = graphql(`
  query RecordChoices {
    subdistricts {
      id
      kept
      names
    }
    nameSuggestions(first: 50) {
      sites
      serviceItems
      examSites
      subdistricts
    }
  }
`);

const RecordHistoryDocument = graphql(`
  query RecordHistory($id: ID!) {
    recordHistory(id: $id) {
      position
      type
      data
      recordedAt
      recordedBy
      recordedByName
    }
  }
`);

export const RECORD_QUERY_KEYS = { history: 'RecordHistory', choices: 'RecordChoices' } as const;

/** The units in the person's scope, parents before children (the server's order). */
export function useRecordOrgUnits() {
  return useQuery({ queryKey: ['RecordOrgUnits'], queryFn: ({ signal }) => execute(RecordOrgUnitsDocument, {}, { signal }), staleTime: 60_000 });
}

/** The 街道 list and the names already used in the person's scope, offered as choices. */
export function useRecordChoices() {
  return useQuery({ queryKey: [RECORD_QUERY_KEYS.choices], queryFn: ({ signal }) => execute(RecordChoicesDocument, {}, { signal }), staleTime: 60_000 });
}

export function useRecordHistory(id: string) {
  return useQuery({ queryKey: [RECORD_QUERY_KEYS.history, id], queryFn: ({ signal }) => execute(RecordHistoryDocument, { id }, { signal }) });
}
