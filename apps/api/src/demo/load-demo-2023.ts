// Loads the 2023 demo dataset through the GraphQL API, never by SQL (docs/design.md §9): the same
// commands, validation and events as a person entering it. Every mutation carries a stable
// idempotencyKey, so a second load writes nothing (for the same token subject).
import {
  ACTIVITIES,
  AGREEMENTS,
  BOOTHS,
  BUREAU,
  DONATION_CAMPAIGN,
  EDITION_2023,
  EXAM_SHIFTS,
  ORG_UNITS,
  RELIEF_GRANTS,
  UNION_DONATIONS,
  type DemoActivity,
} from './demo-2023.data';
import {
  CORRECT_ACTIVITY,
  GRANT_RELIEF,
  LAUNCH_CAMPAIGN,
  OPEN_BOOTH,
  PUBLISH_SECTION,
  RECORD_ACTIVITY,
  RECORD_BOOTH_SESSION,
  RECORD_DONATION,
  RECORD_EXAM_SHIFT,
  REGISTER_ORG_UNIT,
  SIGN_AGREEMENT,
} from './demo-2023.documents';
import { seq } from './demo-series';

export interface GraphQLReply {
  readonly data?: unknown;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

/** Posts one GraphQL request as an ADMIN (over HTTP, or in-process in tests). */
export type GraphQLSend = (query: string, variables: Record<string, unknown>) => Promise<GraphQLReply>;

export interface DemoLoadOptions {
  /** Requests in flight at once after the org units (which go one by one, parents first). Default 8. */
  readonly concurrency?: number;
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

export interface DemoLoadResult {
  readonly bureauId: string;
  /** Org unit ids by name. */
  readonly orgUnitIds: ReadonlyMap<string, string>;
  readonly requests: number;
  /** Edition 1 of the bureau's 2023 section, published before the late correction. */
  readonly editionId: string;
}

const KEY_PREFIX = 'demo2023';

/** The token subject the demo loads as: idempotency keys are scoped to it, so keep it fixed. */
export const DEMO_SUBJECT = 'demo-2023';

/** A request of the load: its document, variables and the key it is known by. */
interface Step {
  readonly label: string;
  readonly query: string;
  readonly input: Record<string, unknown>;
}

export async function loadDemo2023(send: GraphQLSend, options: DemoLoadOptions = {}): Promise<DemoLoadResult> {
  const concurrency = options.concurrency ?? 8;
  const progress = options.onProgress ?? (() => undefined);
  let requests = 0;
  // A correction takes no idempotency key: sent again, it finds itself in effect and writes nothing.
  const run = async (step: Step, keyed = true): Promise<unknown> => {
    requests++;
    const reply = await send(step.query, { input: keyed ? { ...step.input, idempotencyKey: `${KEY_PREFIX}-${step.label}` } : step.input });
    if (reply.errors?.length || reply.data === undefined || reply.data === null) {
      const why = reply.errors?.map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`).join('; ') ?? 'no data';
      throw new Error(`demo step ${step.label} failed: ${why}`);
    }
    return reply.data;
  };

  // 1. 组织 one by one: the org chart is a single stream, and each unit needs its parent's id.
  const orgUnitIds = new Map<string, string>();
  const idOf = (name: string): string => {
    const id = orgUnitIds.get(name);
    if (!id) throw new Error(`demo dataset names an org unit it does not register: ${name}`);
    return id;
  };
  for (const unit of ORG_UNITS) {
    const data = await run({
      label: `org-${seq(orgUnitIds.size + 1)}`,
      query: REGISTER_ORG_UNIT,
      input: { name: unit.name, kind: unit.kind, ...(unit.parent ? { parentId: idOf(unit.parent) } : {}) },
    });
    orgUnitIds.set(unit.name, idAt(data, 'registerOrgUnit', 'orgUnit'));
    progress('org units', orgUnitIds.size, ORG_UNITS.length);
  }

  // 2. The records others hang on: the campaign and the booths.
  const { organizer, ...campaign } = DONATION_CAMPAIGN;
  const [campaignData, ...boothData] = await Promise.all([
    run({ label: 'campaign', query: LAUNCH_CAMPAIGN, input: { ...campaign, organizerId: idOf(organizer) } }),
    ...BOOTHS.map(({ key, sessions: _sessions, host, ...booth }) => run({ label: `booth-${key}`, query: OPEN_BOOTH, input: { ...booth, hostId: idOf(host) } })),
  ]);
  const campaignId = idAt(campaignData, 'launchDonationCampaign', 'campaign');
  const boothIds = boothData.map((data) => idAt(data, 'openBooth', 'booth'));

  // 3. Everything else. Records on one stream (a campaign's donations, a booth's sessions) go in
  // one lane, one after another; lanes run side by side.
  const lanes: Step[][] = [
    UNION_DONATIONS.map(({ union, ...donation }, i) => ({ label: `donation-${seq(i + 1)}`, query: RECORD_DONATION, input: { ...donation, campaignId, unionId: idOf(union) } })),
    ...BOOTHS.map((booth, b) =>
      booth.sessions.map((session) => ({ label: `booth-${booth.key}-${session.date}`, query: RECORD_BOOTH_SESSION, input: { ...session, boothId: boothIds[b] } })),
    ),
    ...RELIEF_GRANTS.map(({ union, ...grant }, i) => [{ label: `relief-${seq(i + 1)}`, query: GRANT_RELIEF, input: { ...grant, unionId: idOf(union) } }]),
    ...AGREEMENTS.map(({ key, branch, ...agreement }) => [{ label: `agreement-${key}`, query: SIGN_AGREEMENT, input: { ...agreement, branchId: idOf(branch) } }]),
    ...ACTIVITIES.map((activity) => [{ label: `activity-${activity.key}`, query: RECORD_ACTIVITY, input: activityInput(activity, idOf) }]),
    ...EXAM_SHIFTS.map(({ key, organizer, ...shift }) => [{ label: key, query: RECORD_EXAM_SHIFT, input: { ...shift, organizerId: idOf(organizer) } }]),
  ];
  const total = lanes.reduce((n, lane) => n + lane.length, 0);
  let done = 0;
  const activityIds = new Map<string, string>();
  await runLanes(lanes, concurrency, async (step) => {
    const data = await run(step);
    if (step.query === RECORD_ACTIVITY) activityIds.set(step.label, idAt(data, 'recordVolunteerActivity', 'activity'));
    progress('records', ++done, total);
  });

  // 4. The section as the report published it, then a correction that came in afterwards.
  const edition = await run({ label: 'edition-2023', query: PUBLISH_SECTION, input: { year: 2023, orgUnitId: idOf(BUREAU), note: EDITION_2023.note } });
  const editionId = (edition as { publishSection?: { id?: unknown } }).publishSection?.id;
  if (typeof editionId !== 'string') throw new Error('demo: publishSection answered without an id');
  const { activity, ...correction } = EDITION_2023.lateCorrection;
  const corrected = activityIds.get(`activity-${activity}`);
  if (!corrected) throw new Error(`demo: no activity ${activity} to correct`);
  await run({ label: 'late-correction', query: CORRECT_ACTIVITY, input: { id: corrected, ...correction } }, false);

  return { bureauId: idOf(BUREAU), orgUnitIds, requests, editionId };
}

function activityInput({ key: _key, organizer, ...activity }: DemoActivity, idOf: (name: string) => string): Record<string, unknown> {
  return { ...activity, organizerId: idOf(organizer) };
}

/** data[mutation][record].id of a reply. */
function idAt(data: unknown, mutation: string, record: string): string {
  const id = (data as Record<string, Record<string, { id?: unknown } | undefined> | undefined>)[mutation]?.[record]?.id;
  if (typeof id !== 'string') throw new Error(`demo: ${mutation} answered without ${record}.id`);
  return id;
}

/** Runs each lane's steps in order, at most `concurrency` lanes at a time; the first failure stops new work and is thrown. */
async function runLanes<T>(lanes: readonly (readonly T[])[], concurrency: number, work: (step: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < lanes.length) {
      const lane = lanes[next++] ?? [];
      for (const step of lane) {
        if (failed) return;
        try {
          await work(step);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
