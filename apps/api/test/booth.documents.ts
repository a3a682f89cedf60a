// GraphQL documents and input builders for the Hello老友亭 booth e2e tests (docs/design.md §12: the booth
// near the cancer hospital in 枫林街道, opened 2023-09-01; the 康健 雷锋亭, every Tuesday in July and August).
import type { ApiHarness } from './api-harness';
import { dataOf } from './api-harness';

export const BOOTH_FIELDS = `id name kind hostId hostPath subdistrict location openedOn closed closedOn
  sessions { id date volunteers peopleServed services voided }`;

const payloadOf = (mutation: string, input: string) => /* GraphQL */ `
  mutation Run($input: ${input}!) {
    ${mutation}(input: $input) { position sessionId booth { ${BOOTH_FIELDS} } }
  }`;

export const OPEN_BOOTH = payloadOf('openBooth', 'OpenBoothInput');
export const RECORD_SESSION = payloadOf('recordBoothSession', 'RecordBoothSessionInput');
export const VOID_SESSION = payloadOf('voidBoothSession', 'VoidBoothSessionInput');
export const CLOSE_BOOTH = payloadOf('closeBooth', 'CloseBoothInput');

export interface SessionResult {
  id: string;
  date: string;
  volunteers: number;
  peopleServed: number;
  services: string[];
  voided: boolean;
}

export interface BoothResult {
  id: string;
  name: string;
  kind: string;
  hostId: string;
  hostPath: string[];
  subdistrict: string;
  location: string;
  openedOn: string;
  closed: boolean;
  closedOn: string | null;
  sessions: SessionResult[];
}

export interface BoothPayload {
  position: string;
  sessionId: string | null;
  booth: BoothResult;
}

/** The Hello老友亭 across from the cancer hospital (肿瘤医院) in 枫林街道. */
export function helloLaoyou(hostId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '枫林Hello老友亭',
    kind: 'HELLO_LAOYOU',
    hostId,
    subdistrict: '枫林街道',
    location: '东安路肿瘤医院对面电话亭',
    openedOn: '2023-09-01',
    ...overrides,
  };
}

/** The 康健 雷锋亭 Lei Feng kiosk. */
export function kangjianLeiFengKiosk(hostId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: '康健雷锋亭', kind: 'LEI_FENG_KIOSK', hostId, subdistrict: '康健街道', location: '康健路营业厅门口', openedOn: '2023-07-01', ...overrides };
}

export function boothSession(boothId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { boothId, date: '2023-09-05', volunteers: 3, peopleServed: 25, services: ['智能手机教学', '反诈宣传', '话费查询'], ...overrides };
}

/** Every Tuesday in July and August 2023. */
export const TUESDAYS_JULY_AUGUST_2023 = ['2023-07-04', '2023-07-11', '2023-07-18', '2023-07-25', '2023-08-01', '2023-08-08', '2023-08-15', '2023-08-22', '2023-08-29'];

export async function openBooth(api: ApiHarness, token: string, input: Record<string, unknown>): Promise<BoothPayload> {
  return dataOf(await api.gql<{ openBooth: BoothPayload }>(OPEN_BOOTH, { input }, token)).openBooth;
}

export async function recordSession(api: ApiHarness, token: string, input: Record<string, unknown>): Promise<BoothPayload> {
  return dataOf(await api.gql<{ recordBoothSession: BoothPayload }>(RECORD_SESSION, { input }, token)).recordBoothSession;
}
