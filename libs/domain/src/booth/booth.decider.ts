// Hello老友亭 booth decider. A session must fall within the booth's open period; sessions dated
// within it may still be entered after the booth closed (late paperwork is normal).
import { isAfter, isBefore, isCalendarDate } from '../shared/calendar-date';
import type { CalendarDate } from '../shared/calendar-date';
import { deciderOf, ignoreEvent } from '../shared/decider';
import { sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { checkOrgUnitRef } from '../shared/org-unit-ref';
import { checkedSubdistrict } from '../shared/subdistrict';
import { FieldChecks } from '../shared/validation';
import type { BoothCommand, CloseBooth, OpenBooth, RecordBoothSession, VoidBoothSession } from './booth.commands';
import { BOOTH_KINDS } from './booth.events';
import type { BoothEvent, BoothOpened, BoothSessionRecorded } from './booth.events';

export const BOOTH_LIMITS = { nameMax: 100, locationMax: 200, serviceMax: 100, servicesMax: 50, volunteersMax: 1_000, peopleServedMax: 100_000 } as const;

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
      return ignoreEvent(event, state);
  }
}

function open(command: OpenBooth, state: BoothState): BoothEvent[] {
  const d = command.data;
  const L = BOOTH_LIMITS;
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', d.boothId, { label: '服务亭编号' });
  const hostId = checks.id('hostId', d.hostId, { label: '承办单位' });
  checks.throwIfAny();
  const hostPath = checkOrgUnitRef(checks, 'hostId', hostId, d.host, { label: '承办单位' });
  const name = checks.text('name', d.name, { max: L.nameMax, label: '服务亭名称' });
  const kind = checks.oneOf('kind', d.kind, BOOTH_KINDS, { label: '服务亭类型' });
  const subdistrict = checkedSubdistrict(checks, 'subdistrict', d.subdistrict, { known: d.knownSubdistricts }, { optional: false }) ?? '';
  const location = checks.text('location', d.location, { max: L.locationMax, label: '位置' });
  const openedOn = checks.date('openedOn', d.openedOn, { label: '启用日期' });
  checks.throwIfAny();
  const data: BoothOpened['data'] = { boothId, name, kind, hostId, hostPath, subdistrict, location, openedOn };
  if (state.status !== 'none') {
    if (sameData(state.booth, data)) return [];
    throw new ConflictError(`服务亭 ${boothId} 已按其他信息启用`);
  }
  return [{ type: 'BoothOpened', data }];
}

function opened(state: BoothState, boothId: string) {
  if (state.status === 'none') throw new NotFoundError(`找不到服务亭 ${boothId}`);
  return state;
}

function recordSession(command: RecordBoothSession, state: BoothState): BoothEvent[] {
  const d = command.data;
  const L = BOOTH_LIMITS;
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', d.boothId, { label: '服务亭编号' });
  const sessionId = checks.id('sessionId', d.sessionId, { label: '服务记录编号' });
  checks.throwIfAny();
  const booth = opened(state, boothId);
  const date = checks.date('date', d.date, { label: '服务日期' });
  if (isCalendarDate(date) && isBefore(date, booth.booth.openedOn)) checks.add('date', `服务日期不能早于服务亭启用日期 ${booth.booth.openedOn}`);
  if (isCalendarDate(date) && booth.status === 'closed' && isAfter(date, booth.closedOn)) {
    checks.add('date', `服务日期不能晚于服务亭停用日期 ${booth.closedOn}`);
  }
  const volunteers = checks.int('volunteers', d.volunteers, { min: 1, max: L.volunteersMax, label: '志愿者人数' });
  const peopleServed = checks.int('peopleServed', d.peopleServed, { min: 0, max: L.peopleServedMax, label: '服务人数' });
  const services = checks.textList('services', d.services, { maxItems: L.servicesMax, maxLength: L.serviceMax, label: '服务内容' });
  checks.throwIfAny();
  const data: BoothSessionRecorded['data'] = { boothId, sessionId, date, volunteers, peopleServed, services };
  const existing = booth.sessions.get(sessionId);
  if (existing) {
    if (sameData(existing.recorded, data)) return [];
    throw new ConflictError(`服务记录 ${sessionId} 已按其他信息登记`);
  }
  return [{ type: 'BoothSessionRecorded', data }];
}

function voidSession(command: VoidBoothSession, state: BoothState): BoothEvent[] {
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', command.data.boothId, { label: '服务亭编号' });
  const sessionId = checks.id('sessionId', command.data.sessionId, { label: '服务记录编号' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  const session = opened(state, boothId).sessions.get(sessionId);
  if (!session) throw new NotFoundError(`该服务亭没有服务记录 ${sessionId}`);
  if (session.voided) throw new IllegalStateError(`服务记录 ${sessionId} 已经作废`);
  return [{ type: 'BoothSessionVoided', data: { boothId, sessionId, reason } }];
}

function close(command: CloseBooth, state: BoothState): BoothEvent[] {
  const checks = new FieldChecks();
  const boothId = checks.id('boothId', command.data.boothId, { label: '服务亭编号' });
  const closedOn = checks.date('closedOn', command.data.closedOn, { label: '停用日期' });
  checks.throwIfAny();
  const booth = opened(state, boothId);
  if (booth.status === 'closed') throw new IllegalStateError(`服务亭“${booth.booth.name}”已于 ${booth.closedOn} 停用`);
  if (isBefore(closedOn, booth.booth.openedOn)) throw ValidationError.of('closedOn', `停用日期不能早于启用日期 ${booth.booth.openedOn}`);
  // Closing before a live session would leave that session outside the open period.
  const lastSession = [...booth.sessions.values()].filter((s) => !s.voided).reduce<CalendarDate | undefined>((latest, s) => (latest === undefined || s.recorded.date > latest ? s.recorded.date : latest), undefined);
  if (lastSession !== undefined && isBefore(closedOn, lastSession)) {
    throw ValidationError.of('closedOn', `停用日期不能早于最后一次服务的日期 ${lastSession}；如该记录有误，请先作废`);
  }
  return [{ type: 'BoothClosed', data: { boothId, closedOn } }];
}

export const boothDecider = deciderOf<BoothState, BoothCommand, BoothEvent>(initialBoothState, evolveBooth, {
  OpenBooth: open,
  RecordBoothSession: recordSession,
  VoidBoothSession: voidSession,
  CloseBooth: close,
});
