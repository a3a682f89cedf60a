import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { BoothCommand, OpenBooth, RecordBoothSession } from './booth.commands';
import { boothDecider as decider } from './booth.decider';
import type { BoothEvent, BoothOpened, BoothSessionRecorded } from './booth.events';

// Hello老友亭 near the cancer hospital in 枫林街道, opened 2023-09-01.
const BOOTH = uuid(500);
const HOST = uuid(5);
const SESSION = uuid(501);
const host = (over: Partial<OrgUnitSnapshot> = {}): OrgUnitSnapshot => ({ id: HOST, kind: 'SUB_BUREAU', path: ['南区局', '枫林支局'], retired: false, ...over });

const openBooth = (over: Partial<Record<keyof OpenBooth['data'], unknown>> = {}): BoothCommand => ({
  type: 'OpenBooth',
  data: { boothId: BOOTH, name: 'Hello老友亭（肿瘤医院）', kind: 'HELLO_LAOYOU', hostId: HOST, host: host(), subdistrict: ' 枫林 ', knownSubdistricts: [], location: '东安路肿瘤医院旁', openedOn: '2023-09-01', ...over } as OpenBooth['data'],
});
const openedData: BoothOpened['data'] = {
  boothId: BOOTH,
  name: 'Hello老友亭（肿瘤医院）',
  kind: 'HELLO_LAOYOU',
  hostId: HOST,
  hostPath: ['南区局', '枫林支局'],
  subdistrict: '枫林',
  location: '东安路肿瘤医院旁',
  openedOn: '2023-09-01',
};
const opened: BoothEvent = { type: 'BoothOpened', data: openedData };
const recordSession = (over: Partial<Record<keyof RecordBoothSession['data'], unknown>> = {}): BoothCommand => ({
  type: 'RecordBoothSession',
  data: { boothId: BOOTH, sessionId: SESSION, date: '2023-09-05', volunteers: 2, peopleServed: 15, services: ['智能手机教学', '反诈宣传'], ...over } as RecordBoothSession['data'],
});
const sessionRecorded = (over: Partial<BoothSessionRecorded['data']> = {}): BoothEvent => ({
  type: 'BoothSessionRecorded',
  data: { boothId: BOOTH, sessionId: SESSION, date: '2023-09-05', volunteers: 2, peopleServed: 15, services: ['智能手机教学', '反诈宣传'], ...over },
});
const voidSession = (reason = '录错 wrong booth', sessionId = SESSION): BoothCommand => ({ type: 'VoidBoothSession', data: { boothId: BOOTH, sessionId, reason } });
const sessionVoided: BoothEvent = { type: 'BoothSessionVoided', data: { boothId: BOOTH, sessionId: SESSION, reason: '录错 wrong booth' } };
const close = (closedOn = '2023-12-31'): BoothCommand => ({ type: 'CloseBooth', data: { boothId: BOOTH, closedOn } });
const closed: BoothEvent = { type: 'BoothClosed', data: { boothId: BOOTH, closedOn: '2023-12-31' } };

describe('Booth: OpenBooth', () => {
  it('opens', () => given(decider).when(openBooth()).then([opened]));
  it('is a no-op when repeated', () => given(decider, [opened]).when(openBooth()).then([]));
  it('rejects the same id with other details', () => given(decider, [opened]).when(openBooth({ location: '别处' })).thenThrows(ConflictError));
  it('rejects an unknown host', () => given(decider).when(openBooth({ host: undefined })).thenThrows(NotFoundError));
  it('rejects a retired host', () => given(decider).when(openBooth({ host: host({ retired: true }) })).thenThrows(ValidationError, issueOn('hostId')));
  it('keeps the 街道 by its one name, canonical', () => given(decider).when(openBooth({ subdistrict: '枫\u200b林街道' })).then([opened]));
  it('once the bureau keeps a 街道 list, takes a name on it and refuses another, listing the known ones', () => {
    given(decider).when(openBooth({ subdistrict: '枫林街道', knownSubdistricts: ['湖南', '枫林'] })).then([opened]);
    given(decider)
      .when(openBooth({ subdistrict: '康健街道', knownSubdistricts: ['湖南', '枫林'] }))
      .thenThrows(ValidationError, { issues: [{ field: 'subdistrict', message: '街道“康健”不在本局服务的街道名单中，请填写以下之一：湖南、枫林' }] });
  });
  it('rejects bad fields together', () => {
    given(decider)
      .when(openBooth({ name: '', kind: 'PHONE', subdistrict: ' ', location: '', openedOn: '2023-09-31' }))
      .thenThrows(ValidationError, { issues: ['name', 'kind', 'subdistrict', 'location', 'openedOn'].map((field) => expect.objectContaining({ field })) });
  });
});

describe('Booth: RecordBoothSession', () => {
  it('records a session', () => given(decider, [opened]).when(recordSession()).then([sessionRecorded()]));
  it('is a no-op when the same session is repeated', () => given(decider, [opened, sessionRecorded()]).when(recordSession()).then([]));
  it('rejects the same session id with other data', () => given(decider, [opened, sessionRecorded()]).when(recordSession({ peopleServed: 16 })).thenThrows(ConflictError));
  it('rejects an unknown booth', () => given(decider).when(recordSession()).thenThrows(NotFoundError));
  it('rejects a session before the booth opened', () => given(decider, [opened]).when(recordSession({ date: '2023-08-31' })).thenThrows(ValidationError, issueOn('date')));
  it('accepts a late entry dated before the closing', () => given(decider, [opened, closed]).when(recordSession({ date: '2023-12-31' })).then([sessionRecorded({ date: '2023-12-31' })]));
  it('rejects a session dated after the booth closed', () => given(decider, [opened, closed]).when(recordSession({ date: '2024-01-01' })).thenThrows(ValidationError, issueOn('date')));
  it('requires at least one volunteer', () => given(decider, [opened]).when(recordSession({ volunteers: 0 })).thenThrows(ValidationError, issueOn('volunteers')));
  it('accepts nobody served but not a negative count', () => {
    given(decider, [opened]).when(recordSession({ peopleServed: 0 })).then([sessionRecorded({ peopleServed: 0 })]);
    given(decider, [opened]).when(recordSession({ peopleServed: -1 })).thenThrows(ValidationError, issueOn('peopleServed'));
  });
  it('rejects repeated or blank services', () => {
    given(decider, [opened]).when(recordSession({ services: ['反诈宣传', '反诈宣传 '] })).thenThrows(ValidationError, issueOn('services[1]'));
    given(decider, [opened]).when(recordSession({ services: [''] })).thenThrows(ValidationError, issueOn('services[0]'));
  });
});

describe('Booth: VoidBoothSession', () => {
  it('voids a session', () => given(decider, [opened, sessionRecorded()]).when(voidSession()).then([sessionVoided]));
  it('voids a session after the booth closed', () => given(decider, [opened, sessionRecorded(), closed]).when(voidSession()).then([sessionVoided]));
  it('rejects voiding twice', () => given(decider, [opened, sessionRecorded(), sessionVoided]).when(voidSession()).thenThrows(IllegalStateError));
  it('rejects an unknown session', () => given(decider, [opened]).when(voidSession()).thenThrows(NotFoundError));
  it('rejects an unknown booth', () => given(decider).when(voidSession()).thenThrows(NotFoundError));
  it('requires a reason', () => given(decider, [opened, sessionRecorded()]).when(voidSession(' ')).thenThrows(ValidationError, issueOn('reason')));
});

describe('Booth: CloseBooth', () => {
  it('closes', () => given(decider, [opened, sessionRecorded()]).when(close()).then([closed]));
  it('rejects closing twice', () => given(decider, [opened, closed]).when(close()).thenThrows(IllegalStateError));
  it('rejects an unknown booth', () => given(decider).when(close()).thenThrows(NotFoundError));
  it('rejects closing before it opened', () => given(decider, [opened]).when(close('2023-08-31')).thenThrows(ValidationError, issueOn('closedOn')));
  it('rejects closing before the last live session', () => given(decider, [opened, sessionRecorded()]).when(close('2023-09-04')).thenThrows(ValidationError, issueOn('closedOn')));
  it('ignores voided sessions when closing', () => {
    given(decider, [opened, sessionRecorded(), sessionVoided]).when(close('2023-09-04')).then([{ type: 'BoothClosed', data: { boothId: BOOTH, closedOn: '2023-09-04' } }]);
  });
});
