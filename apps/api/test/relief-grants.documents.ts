// GraphQL documents and input builders for 帮困 relief grants (e2e tests).
export const GRANT_FIELDS = `id unionId unionPath grantedOn amount personTimes category voided voidReason`;

export const GRANT_RELIEF = /* GraphQL */ `
  mutation Grant($input: GrantReliefInput!) {
    grantRelief(input: $input) { position grant { ${GRANT_FIELDS} } }
  }`;

export const CORRECT_RELIEF = /* GraphQL */ `
  mutation Correct($input: CorrectReliefGrantInput!) {
    correctReliefGrant(input: $input) { position grant { ${GRANT_FIELDS} } }
  }`;

export const VOID_RELIEF = /* GraphQL */ `
  mutation Void($input: VoidRecordInput!) {
    voidReliefGrant(input: $input) { position grant { ${GRANT_FIELDS} } }
  }`;

export interface GrantResult {
  id: string;
  unionId: string;
  unionPath: string[];
  grantedOn: string;
  amount: string;
  personTimes: number;
  category: string;
  voided: boolean;
  voidReason: string | null;
}

export interface Granted {
  grantRelief: { position: string; grant: GrantResult };
}
export interface CorrectedGrant {
  correctReliefGrant: { position: string; grant: GrantResult };
}
export interface VoidedGrant {
  voidReliefGrant: { position: string; grant: GrantResult };
}

/** A 春节 hardship-relief round of the kind that adds up to 2023's 77 人次 and 27,500 元 (docs/design.md §12). */
export function springFestivalRelief(unionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { unionId, grantedOn: '2023-01-16', amount: '7500.00', personTimes: 15, category: 'LIVING_HARDSHIP', ...overrides };
}
