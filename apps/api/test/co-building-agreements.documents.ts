// GraphQL documents and input builders for 党建翼联 co-building agreements (e2e tests).
export const AGREEMENT_FIELDS = `id branchId branchPath partners { name kind } signedOn validUntil commitments terminated terminatedOn terminationReason`;

export const SIGN_AGREEMENT = /* GraphQL */ `
  mutation Sign($input: SignCoBuildingAgreementInput!) {
    signCoBuildingAgreement(input: $input) { position agreement { ${AGREEMENT_FIELDS} } }
  }`;

export const RENEW_AGREEMENT = /* GraphQL */ `
  mutation Renew($input: RenewCoBuildingAgreementInput!) {
    renewCoBuildingAgreement(input: $input) { position agreement { ${AGREEMENT_FIELDS} } }
  }`;

export const TERMINATE_AGREEMENT = /* GraphQL */ `
  mutation Terminate($input: TerminateCoBuildingAgreementInput!) {
    terminateCoBuildingAgreement(input: $input) { position agreement { ${AGREEMENT_FIELDS} } }
  }`;

export interface AgreementResult {
  id: string;
  branchId: string;
  branchPath: string[];
  partners: { name: string; kind: string }[];
  signedOn: string;
  validUntil: string | null;
  commitments: string[];
  terminated: boolean;
  terminatedOn: string | null;
  terminationReason: string | null;
}

export interface Signed {
  signCoBuildingAgreement: { position: string; agreement: AgreementResult };
}
export interface Renewed {
  renewCoBuildingAgreement: { position: string; agreement: AgreementResult };
}
export interface Terminated {
  terminateCoBuildingAgreement: { position: string; agreement: AgreementResult };
}

/** 康健支局 with its four 居委, as signed in 2023 (docs/design.md §12). */
export function kangJianAgreement(branchId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    branchId,
    partners: [
      { name: '长丰坊居委', kind: 'RESIDENTS_COMMITTEE' },
      { name: '上师大新村居委', kind: 'RESIDENTS_COMMITTEE' },
      { name: '寿益坊居委', kind: 'RESIDENTS_COMMITTEE' },
      { name: '康乐小区居委', kind: 'RESIDENTS_COMMITTEE' },
    ],
    signedOn: '2023-03-01',
    validUntil: '2024-02-29',
    commitments: ['为社区老人提供智能手机使用培训', '开展反诈骗宣传', '协助居委通信网络布线咨询'],
    ...overrides,
  };
}
