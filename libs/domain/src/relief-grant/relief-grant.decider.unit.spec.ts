import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { GrantRelief, ReliefGrantChanges, ReliefGrantCommand } from './relief-grant.commands';
import { RELIEF_REASON_MAX, reliefGrantDecider as decider } from './relief-grant.decider';
import type { ReliefGranted, ReliefGrantChangeSet, ReliefGrantEvent } from './relief-grant.events';

// 帮困 hardship relief from a department union.
const GRANT = uuid(300);
const UNION = uuid(11);
const union = (over: Partial<OrgUnitSnapshot> = {}): OrgUnitSnapshot => ({ id: UNION, kind: 'UNION', path: ['南区局', '综合部工会'], retired: false, ...over });

const grant = (over: Partial<Record<keyof GrantRelief['data'] | 'recipientName', unknown>> = {}): ReliefGrantCommand => ({
  type: 'GrantRelief',
  data: { grantId: GRANT, unionId: UNION, union: union(), grantedOn: '2023-01-18', amount: '500', personTimes: 2, category: 'SERIOUS_ILLNESS', ...over } as GrantRelief['data'],
});
const grantedData: ReliefGranted['data'] = {
  grantId: GRANT,
  unionId: UNION,
  unionPath: ['南区局', '综合部工会'],
  grantedOn: '2023-01-18',
  amountFen: 50000,
  personTimes: 2,
  category: 'SERIOUS_ILLNESS',
};
const granted: ReliefGrantEvent = { type: 'ReliefGranted', data: grantedData };
const correct = (changes: ReliefGrantChanges, reason = '金额有误 wrong amount'): ReliefGrantCommand => ({ type: 'CorrectReliefGrant', data: { grantId: GRANT, reason, changes } });
const corrected = (changes: ReliefGrantChangeSet): ReliefGrantEvent => ({ type: 'ReliefGrantCorrected', data: { grantId: GRANT, changes, reason: '金额有误 wrong amount' } });
const voidIt = (reason = '重复 duplicate'): ReliefGrantCommand => ({ type: 'VoidReliefGrant', data: { grantId: GRANT, reason } });
const voided: ReliefGrantEvent = { type: 'ReliefGrantVoided', data: { grantId: GRANT, reason: '重复 duplicate' } };

describe('ReliefGrant: GrantRelief', () => {
  it('grants relief in fen', () => given(decider).when(grant()).then([granted]));
  it('never stores a recipient identity, even when one is sent', () => {
    const [event] = given(decider).when(grant({ recipientName: '张三' })).events();
    expect(Object.keys(event?.data ?? {}).sort()).toEqual(['amountFen', 'category', 'grantId', 'grantedOn', 'personTimes', 'unionId', 'unionPath']);
  });
  it('is a no-op when repeated', () => given(decider, [granted]).when(grant()).then([]));
  it('rejects the same id with other data', () => given(decider, [granted]).when(grant({ amount: '600' })).thenThrows(ConflictError));
  it('requires a union', () => given(decider).when(grant({ union: union({ kind: 'DEPARTMENT' }) })).thenThrows(ValidationError, issueOn('unionId')));
  it('rejects an unknown union', () => given(decider).when(grant({ union: undefined })).thenThrows(NotFoundError));
  it('rejects a retired union', () => given(decider).when(grant({ union: union({ retired: true }) })).thenThrows(ValidationError, issueOn('unionId')));
  it.each(['0', '-1', '5.555'])('rejects amount %p', (amount) => given(decider).when(grant({ amount })).thenThrows(ValidationError, issueOn('amount')));
  it('rejects personTimes below 1', () => given(decider).when(grant({ personTimes: 0 })).thenThrows(ValidationError, issueOn('personTimes')));
  it('rejects an unknown category', () => given(decider).when(grant({ category: 'BONUS' })).thenThrows(ValidationError, issueOn('category')));
  it('rejects a bad date', () => given(decider).when(grant({ grantedOn: '2023-02-29' })).thenThrows(ValidationError, issueOn('grantedOn')));
});

describe('ReliefGrant: CorrectReliefGrant', () => {
  it('records only the changed fields', () => {
    given(decider, [granted]).when(correct({ amount: '550', personTimes: 2 })).then([corrected({ amountFen: 55000 })]);
  });
  it('corrects date and category', () => {
    given(decider, [granted]).when(correct({ grantedOn: '2023-01-19', category: 'DISASTER' })).then([corrected({ grantedOn: '2023-01-19', category: 'DISASTER' })]);
  });
  it('is a no-op when already in effect', () => given(decider, [granted, corrected({ amountFen: 55000 })]).when(correct({ amount: '550' })).then([]));
  it('rejects an empty change set', () => given(decider, [granted]).when(correct({})).thenThrows(ValidationError, issueOn('changes')));
  it('rejects bad values', () => given(decider, [granted]).when(correct({ amount: '0', personTimes: 0 })).thenThrows(ValidationError, issueOn('personTimes')));
  it('requires a reason', () => given(decider, [granted]).when(correct({ personTimes: 3 }, ' ')).thenThrows(ValidationError, issueOn('reason')));
  it('rejects a missing grant', () => given(decider).when(correct({ personTimes: 3 })).thenThrows(NotFoundError));
  it('rejects a voided grant', () => given(decider, [granted, voided]).when(correct({ personTimes: 3 })).thenThrows(IllegalStateError));
});

describe('ReliefGrant: VoidReliefGrant', () => {
  it('voids', () => given(decider, [granted]).when(voidIt()).then([voided]));
  it('rejects voiding twice', () => given(decider, [granted, voided]).when(voidIt()).thenThrows(IllegalStateError));
  it('rejects a missing grant', () => given(decider).when(voidIt()).thenThrows(NotFoundError));
  it('requires a reason', () => given(decider, [granted]).when(voidIt('')).thenThrows(ValidationError, issueOn('reason')));
});

describe('ReliefGrant: reasons are kept for good, so they carry no personal data and stay short', () => {
  const issueReason = '受助人张三（身份证310104199001011234）';
  it('refuses a correction whose reason carries a resident ID, saying why', () => {
    given(decider, [granted]).when(correct({ personTimes: 3 }, issueReason)).thenThrows(ValidationError, {
      issues: [{ field: 'reason', message: '原因中含有身份证号码，请删去：帮困记录永久保存、不可删除，且从不记录受助人是谁' }],
    });
  });
  it('refuses a void whose reason carries a mobile or a bank card number', () => {
    given(decider, [granted]).when(voidIt('重复录入，联系人 139-1234-5678')).thenThrows(ValidationError, issueOn('reason'));
    given(decider, [granted]).when(voidIt('已退回卡号 6222021234567890128')).thenThrows(ValidationError, issueOn('reason'));
  });
  it(`caps a reason at ${RELIEF_REASON_MAX} characters`, () => {
    given(decider, [granted]).when(voidIt('重'.repeat(RELIEF_REASON_MAX + 1))).thenThrows(ValidationError, issueOn('reason'));
    given(decider, [granted]).when(voidIt('重'.repeat(RELIEF_REASON_MAX))).then([{ type: 'ReliefGrantVoided', data: { grantId: GRANT, reason: '重'.repeat(RELIEF_REASON_MAX) } }]);
  });
  it('keeps a reason with numbers that name no one', () => {
    given(decider, [granted]).when(correct({ amount: '550' }, '金额登记有误，应为 550.00 元（2023-01-18 发放）')).then([
      { type: 'ReliefGrantCorrected', data: { grantId: GRANT, changes: { amountFen: 55000 }, reason: '金额登记有误，应为 550.00 元（2023-01-18 发放）' } },
    ]);
  });
});
