// GraphQL documents of the 街道 list and the names already used (issue 12).

export const SET_SUBDISTRICTS = /* GraphQL */ `
  mutation SetSubdistricts($input: SetSubdistrictsInput!) {
    setSubdistricts(input: $input) { position subdistricts { id kept names } }
  }`;

export const SUBDISTRICTS = /* GraphQL */ `
  query Subdistricts { subdistricts { id kept names } }`;

export const NAME_SUGGESTIONS = /* GraphQL */ `
  query NameSuggestions($orgUnitId: ID, $first: Int) {
    nameSuggestions(orgUnitId: $orgUnitId, first: $first) { subdistricts sites examSites serviceItems }
  }`;

export interface SubdistrictListResult {
  readonly id: string;
  readonly kept: boolean;
  readonly names: readonly string[];
}

export interface NameSuggestionsResult {
  readonly subdistricts: readonly string[];
  readonly sites: readonly string[];
  readonly examSites: readonly string[];
  readonly serviceItems: readonly string[];
}
