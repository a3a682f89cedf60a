// 党建翼联 agreement forms: the api's inputs, with the server's limits and date rules
// (libs/domain co-building-agreement.decider.ts), said before sending.
import type { Dayjs } from 'dayjs';
import type { PartnerKind, SignCoBuildingAgreementInput } from '../../gql/graphql';

export const AGREEMENT_LIMITS = { partnersMax: 50, partnerNameMax: 100, commitmentsMax: 50, commitmentMax: 500 } as const;

export interface AgreementFormValues {
  readonly branchId: string;
  readonly signedOn: Dayjs;
  readonly validUntil?: Dayjs | null;
  readonly partners: readonly { readonly kind: PartnerKind; readonly name: string }[];
  readonly commitments?: string[];
}

export const AGREEMENT_FIELDS = ['branchId', 'signedOn', 'validUntil', 'partners', 'commitments'] as const;

const DATE = 'YYYY-MM-DD';

export function agreementInputOf(values: AgreementFormValues): Omit<SignCoBuildingAgreementInput, 'idempotencyKey'> {
  return {
    branchId: values.branchId,
    signedOn: values.signedOn.format(DATE),
    validUntil: values.validUntil ? values.validUntil.format(DATE) : null,
    partners: values.partners.map((partner) => ({ kind: partner.kind, name: partner.name.trim() })),
    commitments: (values.commitments ?? []).map((item) => item.trim()).filter((item) => item !== ''),
  };
}

/** The partner names said twice (the server refuses a repeated partner), by their places in the list. */
export function repeatedPartners(names: readonly (string | undefined)[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  names.forEach((name, index) => {
    const key = name?.trim() ?? '';
    if (key === '') return;
    if (seen.has(key)) repeated.push(index);
    seen.add(key);
  });
  return repeated;
}

/** 有效期至 must come after the signing (sign and renew alike). */
export function validUntilProblem(signedOn: Dayjs | string | null | undefined, validUntil: Dayjs | null | undefined): string | undefined {
  if (!signedOn || !validUntil) return undefined;
  return validUntil.format(DATE) > (typeof signedOn === 'string' ? signedOn : signedOn.format(DATE)) ? undefined : '有效期至须晚于签约日期';
}
