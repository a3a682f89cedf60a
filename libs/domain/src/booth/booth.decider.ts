// Hello老友亭 booth decider. A session must fall within the booth's open period; sessions dated
// within it may still be entered after the booth closed (late paperwork is normal).
import { isAfter, isBefore, isCalendarDate } from '../shared/calendar-date';
import type { CalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import { assertNever, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { FieldChecks } from '../shared/validation';
import type { BoothCommand, CloseBooth, OpenBooth, RecordBoothSession, VoidBoothSession } from './booth.commands';
import { BOOTH_KINDS } from './booth.events';
import type { BoothEvent, BoothOpened, BoothSessionRecorded } from './booth.events';

export const BOOTH_LIMITS = { nameMax: 100, subdistrictMax: 50, locationMax: 200, serviceMax: 100, servicesMax: 50, volunteersMax: 1_000, peopleServedMax: 100_000 } as const;

export interface BoothSession {
  readonly recorded: BoothSessionRecorded['data'];
  readonly voided: boolean;
}

type BoothFacts = { readonly booth: BoothOpened['data']; readonly sessions: ReadonlyMap<string, BoothSession> };

export type BoothState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & BoothFacts)
  | ({ readonly status: 'closed'; readonly closedOn: CalendarDate } & BoothFacts);

export const initialBoothState = (): BoothState => ({ status: 'none' });

function withSession(state: BoothState, id: string, update: (s: BoothSession | undefined) => BoothSession | undefined): BoothState {
  if (state.status === 'none') return state;
  const next = update(state.sessions.get(id));
  if (next === undefined) return state;
  const sessions = new Map(state.sessions);
  sessions.set(id, next);
  return { ...state, sessions };
}

export function evolveBooth(state: BoothState, event: BoothEvent): BoothState {
  switch (event.type) {
    case 'BoothOpened':
      return state.status === 'none' ? { status: 'open', booth: event.data, sessions: new Map() } : state;
    case 'BoothSessionRecorded':
      return withSession(state, event.data.sessionId, (s) => s ?? { recorded: event.data, voided: false });
    case 'BoothSessionVoided':
      return withSession(state, event.data.sessionId, (s) => s && { ...s, voided: true });
    case 'BoothClosed':
      return state.status === 'open' ? { ...state, status: 'closed', closedOn: event.data.closedOn } : state;
    default:
      return ignore(event, state);
  }
}

function ignore(_event: never, state: BoothState): BoothState {
  return state;
}

function open(command: OpenBooth, state: BoothState): BoothEvent[] {
  const d = command.data;
  const L = BOOTH_LIMITS;
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', d.boothId);
  const hostId = checks.id('hostId', d.hostId);
  checks.throwIfAny();
  const hostPath = checkOrgUnitRef(checks, 'hostId', hostId, d.host, { label: '承办单位 host' });
  const name = checks.text('name', d.name, { max: L.nameMax, label: '名称 name' });
  const kind = checks.oneOf('kind', d.kind, BOOTH_KINDS, { label: '类型 kind' });
  const subdistrict = checks.text('subdistrict', d.subdistrict, { max: L.subdistrictMax, label: '街道 subdistrict' });
  const location = checks.text('location', d.location, { max: L.locationMax, label: '位置 location' });
  const openedOn = checks.date('openedOn', d.openedOn, { label: '启用日期 opening date' });
  checks.throwIfAny();
  const data: BoothOpened['data'] = { boothId, name, kind, hostId, hostPath, subdistrict, location, openedOn };
  if (state.status !== 'none') {
    if (sameData(state.booth, data)) return [];
    throw new ConflictError(`booth ${boothId} was already opened with different details`);
  }
  return [{ type: 'BoothOpened', data }];
}

function opened(state: BoothState, boothId: string) {
  if (state.status === 'none') throw new NotFoundError(`booth ${boothId} does not exist`);
  return state;
}

function recordSession(command: RecordBoothSession, state: BoothState): BoothEvent[] {
  const d = command.data;
  const L = BOOTH_LIMITS;
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', d.boothId);
  const sessionId = checks.id('sessionId', d.sessionId);
  checks.throwIfAny();
  const booth = opened(state, boothId);
  const date = checks.date('date', d.date, { label: '日期 date' });
  if (isCalendarDate(date) && isBefore(date, booth.booth.openedOn)) checks.add('date', `日期 date may not be before the booth opened on ${booth.booth.openedOn}`);
  if (isCalendarDate(date) && booth.status === 'closed' && isAfter(date, booth.closedOn)) {
    checks.add('date', `日期 date may not be after the booth closed on ${booth.closedOn}`);
  }
  const volunteers = checks.int('volunteers', d.volunteers, { min: 1, max: L.volunteersMax, label: '志愿者人数 volunteers' });
  const peopleServed = checks.int('peopleServed', d.peopleServed, { min: 0, max: L.peopleServedMax, label: '服务人数 people served' });
  const services = checks.textList('services', d.services, { maxItems: L.servicesMax, maxLength: L.serviceMax, label: '服务内容 services' });
  checks.throwIfAny();
  const data: BoothSessionRecorded['data'] = { boothId, sessionId, date, volunteers, peopleServed, services };
  const existing = booth.sessions.get(sessionId);
  if (existing) {
    if (sameData(existing.recorded, data)) return [];
    throw new ConflictError(`session ${sessionId} is already recorded with different details`);
  }
  return [{ type: 'BoothSessionRecorded', data }];
}

function voidSession(command: VoidBoothSession, state: BoothState): BoothEvent[] {
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', command.data.boothId);
  const sessionId = checks.id('sessionId', command.data.sessionId);
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  const session = opened(state, boothId).sessions.get(sessionId);
  if (!session) throw new NotFoundError(`session ${sessionId} is not recorded for this booth`);
  if (session.voided) throw new IllegalStateError(`session ${sessionId} has already been voided`);
  return [{ type: 'BoothSessionVoided', data: { boothId, sessionId, reason } }];
}

function close(command: CloseBooth, state: BoothState): BoothEvent[] {
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', command.data.boothId);
  const closedOn = checks.date('closedOn', command.data.closedOn, { label: '停用日期 closing date' });
  checks.throwIfAny();
  const booth = opened(state, boothId);
  if (booth.status === 'closed') throw new IllegalStateError(`booth "${booth.booth.name}" was already closed on ${booth.closedOn}`);
  if (isBefore(closedOn, booth.booth.openedOn)) throw ValidationError.of('closedOn', `停用日期 closing date may not be before the booth opened on ${booth.booth.openedOn}`);
  // Closing before a live session would leave that session outside the open period.
  const lastSession = [...booth.sessions.values()].filter((s) => !s.voided).reduce<CalendarDate | undefined>((latest, s) => (latest === undefined || s.recorded.date > latest ? s.recorded.date : latest), undefined);
  if (lastSession !== undefined && isBefore(closedOn, lastSession)) {
    throw ValidationError.of('closedOn', `停用日期 closing date may not be before the last session on ${lastSession}; void that session first if it is wrong`);
  }
  return [{ type: 'BoothClosed', data: { boothId, closedOn } }];
}

export function decideBooth(command: BoothCommand, state: BoothState): readonly BoothEvent[] {
  switch (command.type) {
    case 'OpenBooth':
      return open(command, state);
    case 'RecordBoothSession':
      return recordSession(command, state);
    case 'VoidBoothSession':
      return voidSession(command, state);
    case 'CloseBooth':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

export const boothDecider: Decider<BoothState, BoothCommand, BoothEvent> = {
  initialState: initialBoothState,
  evolve: evolveBooth,
  decide: decideBooth,
};
