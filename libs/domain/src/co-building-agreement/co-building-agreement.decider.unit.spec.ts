import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { CoBuildingAgreementCommand, SignCoBuildingAgreement } from './co-building-agreement.commands';
import { coBuildingAgreementDecider as decider, coBuildingAgreementSnapshot, isAgreementActiveInYear } from './co-building-agreement.decider';
import type { CoBuildingAgreementEvent, CoBuildingAgreementSigned } from './co-building-agreement.events';

// 党建翼联: 康健支局 with four 居委 residents' committees, 2023.
const AGREEMENT = uuid(600);
const KANGJIAN = uuid(2);
const branch = (over: Partial<OrgUnitSnapshot> = {}): OrgUnitSnapshot => ({ id: KANGJIAN, kind: 'SUB_BUREAU', path: ['南区局', '康健支局'], retired: false, ...over });
const committees = ['长丰坊', '上师大新村', '寿益坊', '康乐小区'].map((name) => ({ name, kind: 'RESIDENTS_COMMITTEE' as const }));

const sign = (over: Partial<Record<keyof SignCoBuildingAgreement['data'], unknown>> = {}): CoBuildingAgreementCommand => ({
  type: 'SignCoBuildingAgreement',
  data: { agreementId: AGREEMENT, branchId: KANGJIAN, branch: branch(), partners: committees, signedOn: '2023-04-10', validUntil: '2025-04-09', commitments: ['共建反诈宣传 '], ...over } as SignCoBuildingAgreement['data'],
});
const signedData: CoBuildingAgreementSigned['data'] = {
  agreementId: AGREEMENT,
  branchId: KANGJIAN,
  branchPath: ['南区局', '康健支局'],
  partners: committees,
  signedOn: '2023-04-10',
  validUntil: '2025-04-09',
  commitments: ['共建反诈宣传'],
};
const signed: CoBuildingAgreementEvent = { type: 'CoBuildingAgreementSigned', data: signedData };
const renew = (validUntil: string): CoBuildingAgreementCommand => ({ type: 'RenewCoBuildingAgreement', data: { agreementId: AGREEMENT, validUntil } });
const renewed = (validUntil: string): CoBuildingAgreementEvent => ({ type: 'CoBuildingAgreementRenewed', data: { agreementId: AGREEMENT, validUntil } });
const terminate = (terminatedOn = '2024-06-30', reason = '居委合并 committee merged'): CoBuildingAgreementCommand => ({
  type: 'TerminateCoBuildingAgreement',
  data: { agreementId: AGREEMENT, terminatedOn, reason },
});
const terminated: CoBuildingAgreementEvent = { type: 'CoBuildingAgreementTerminated', data: { agreementId: AGREEMENT, terminatedOn: '2024-06-30', reason: '居委合并 committee merged' } };

describe('CoBuildingAgreement: SignCoBuildingAgreement', () => {
  it('signs', () => given(decider).when(sign()).then([signed]));
  it('signs an open-ended agreement', () => {
    const { validUntil: _v, ...openEnded } = signedData;
    given(decider).when(sign({ validUntil: null })).then([{ type: 'CoBuildingAgreementSigned', data: openEnded }]);
  });
  it('is a no-op when repeated', () => given(decider, [signed]).when(sign()).then([]));
  it('rejects the same id with other details', () => given(decider, [signed]).when(sign({ signedOn: '2023-04-11' })).thenThrows(ConflictError));
  it('rejects an unknown branch', () => given(decider).when(sign({ branch: undefined })).thenThrows(NotFoundError));
  it('rejects a retired branch', () => given(decider).when(sign({ branch: branch({ retired: true }) })).thenThrows(ValidationError, issueOn('branchId')));
  it('requires at least one partner', () => given(decider).when(sign({ partners: [] })).thenThrows(ValidationError, issueOn('partners')));
  it('rejects a partner listed twice', () => {
    given(decider).when(sign({ partners: [...committees, { name: ' 寿益坊', kind: 'OTHER' }] })).thenThrows(ValidationError, issueOn('partners[4].name'));
  });
  it('rejects a blank partner name and unknown kind', () => {
    given(decider)
      .when(sign({ partners: [{ name: ' ', kind: 'CHURCH' }] }))
      .thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'partners[0].name' }), expect.objectContaining({ field: 'partners[0].kind' })] });
  });
  it('requires validUntil after signedOn', () => given(decider).when(sign({ validUntil: '2023-04-10' })).thenThrows(ValidationError, issueOn('validUntil')));
  it('rejects a bad signing date', () => given(decider).when(sign({ signedOn: '2023-4-10' })).thenThrows(ValidationError, issueOn('signedOn')));
});

describe('CoBuildingAgreement: RenewCoBuildingAgreement', () => {
  it('extends', () => given(decider, [signed]).when(renew('2027-04-09')).then([renewed('2027-04-09')]));
  it('gives an open-ended agreement an end date', () => {
    const { validUntil: _v, ...openEnded } = signedData;
    given(decider, [{ type: 'CoBuildingAgreementSigned', data: openEnded }]).when(renew('2026-01-01')).then([renewed('2026-01-01')]);
  });
  it('is a no-op when repeated', () => given(decider, [signed, renewed('2027-04-09')]).when(renew('2027-04-09')).then([]));
  it('rejects shortening', () => given(decider, [signed]).when(renew('2024-12-31')).thenThrows(ValidationError, issueOn('validUntil')));
  it('rejects a date not after signing', () => {
    const { validUntil: _v, ...openEnded } = signedData;
    given(decider, [{ type: 'CoBuildingAgreementSigned', data: openEnded }]).when(renew('2023-04-10')).thenThrows(ValidationError, issueOn('validUntil'));
  });
  it('rejects a terminated agreement', () => given(decider, [signed, terminated]).when(renew('2027-04-09')).thenThrows(IllegalStateError));
  it('rejects an unknown agreement', () => given(decider).when(renew('2027-04-09')).thenThrows(NotFoundError));
});

describe('CoBuildingAgreement: TerminateCoBuildingAgreement', () => {
  it('terminates', () => given(decider, [signed]).when(terminate()).then([terminated]));
  it('terminates on the signing day', () => {
    given(decider, [signed]).when(terminate('2023-04-10')).then([{ ...terminated, data: { ...terminated.data, terminatedOn: '2023-04-10' } } as CoBuildingAgreementEvent]);
  });
  it('terminates only once', () => given(decider, [signed, terminated]).when(terminate()).thenThrows(IllegalStateError));
  it('rejects a date before signing', () => given(decider, [signed]).when(terminate('2023-04-09')).thenThrows(ValidationError, issueOn('terminatedOn')));
  it('requires a reason', () => given(decider, [signed]).when(terminate('2024-06-30', '')).thenThrows(ValidationError, issueOn('reason')));
  it('rejects an unknown agreement', () => given(decider).when(terminate()).thenThrows(NotFoundError));
});

describe('CoBuildingAgreement helpers', () => {
  it('gives the snapshot volunteer activities link to', () => {
    const fold = (events: CoBuildingAgreementEvent[]) => events.reduce(decider.evolve, decider.initialState());
    expect(coBuildingAgreementSnapshot(fold([]))).toBeUndefined();
    expect(coBuildingAgreementSnapshot(fold([signed]))).toEqual({ id: AGREEMENT, status: 'ACTIVE' });
    expect(coBuildingAgreementSnapshot(fold([signed, terminated]))).toEqual({ id: AGREEMENT, status: 'TERMINATED' });
  });
  it('tells whether an agreement is active in a year', () => {
    const a = { signedOn: '2023-04-10', validUntil: '2025-04-09', terminatedOn: '2024-06-30' };
    expect(isAgreementActiveInYear(a, 2022)).toBe(false);
    expect(isAgreementActiveInYear(a, 2023)).toBe(true);
    expect(isAgreementActiveInYear(a, 2024)).toBe(true);
    expect(isAgreementActiveInYear(a, 2025)).toBe(false);
    expect(isAgreementActiveInYear({ signedOn: '2023-04-10' }, 2030)).toBe(true);
  });
});
