// Read your writes in a worker that does not project (WORKERS=n): the projecting worker announces
// each checkpoint it commits, and the other's waits end on those announcements; with none
// arriving, the checkpoint row still ends them.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ORG_CHART_ID, streamIdFor } from '@tracker/domain';
import type { AllPosition, EventStore, JsonObject } from '@tracker/event-store';
import { comparePositions, createPostgresEventStore, parsePosition } from '@tracker/event-store';
import type { TestDatabase } from '@tracker/testing';
import { createTestDatabase } from '@tracker/testing';
import type { ClusterMessage } from '../runtime/cluster-messages';
import type { PeerChannel } from './checkpoint-peers';
import { ProjectionRuntime } from './projection-runtime';

/** Two ends of an in-memory channel, as node's cluster joins two workers through their primary. */
function channelPair(): [PeerChannel & { readonly heard: ClusterMessage[] }, PeerChannel & { readonly heard: ClusterMessage[] }] {
  const listeners: [Set<(message: ClusterMessage) => void>, Set<(message: ClusterMessage) => void>] = [new Set(), new Set()];
  const end = (mine: 0 | 1) => {
    const heard: ClusterMessage[] = [];
    listeners[mine].add((message) => heard.push(message));
    return {
      connected: true,
      heard,
      send: (message: ClusterMessage) => setImmediate(() => listeners[mine === 0 ? 1 : 0].forEach((listener) => listener(message))),
      onMessage: (listener: (message: ClusterMessage) => void) => {
        listeners[mine].add(listener);
        return () => listeners[mine].delete(listener);
      },
    };
  };
  return [end(0), end(1)];
}

/** A channel that is up but never carries anything: only the row can end a wait. */
const silent: PeerChannel = { connected: true, send: () => undefined, onMessage: () => () => undefined };

let db: TestDatabase;
let store: EventStore;
const runtimes: ProjectionRuntime[] = [];

beforeAll(async () => {
  Logger.overrideLogger(false);
  db = await createTestDatabase('checkpoint_peers');
  store = await createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
});

afterAll(async () => {
  for (const runtime of runtimes.splice(0).reverse()) await runtime.onApplicationShutdown();
  await store?.close();
  await db?.drop();
  Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']);
});

async function start(channel: PeerChannel): Promise<ProjectionRuntime> {
  const runtime = new ProjectionRuntime(store, db.url, channel);
  await runtime.onModuleInit();
  runtimes.push(runtime);
  return runtime;
}

const union = randomUUID();

async function append(streamId: string, type: string, data: JsonObject): Promise<AllPosition> {
  const eventId = randomUUID();
  const metadata = { eventId, recordedAt: new Date().toISOString(), recordedBy: 'test', correlationId: randomUUID() };
  return (await store.appendToStream(streamId, [{ eventId, type, data, metadata }], { expectedVersion: 'any' })).lastPosition;
}

/** 帮困 relief of one person-time. */
function grantRelief(): Promise<AllPosition> {
  const grantId = randomUUID();
  return append(streamIdFor('reliefgrant', grantId), 'ReliefGranted', {
    grantId,
    unionId: union,
    unionPath: ['工会'],
    grantedOn: '2023-01-16',
    amountFen: 100_00,
    personTimes: 1,
    category: 'OTHER',
  });
}

const reliefCounted = async (runtime: ProjectionRuntime) => (await runtime.queries.section(2023)).charity.relief.personTimes;

it('a worker that does not project answers its waits from the checkpoints the projecting worker announces, and from the row without them', async () => {
  const [toFollower, toLeader] = channelPair();
  const leader = await start(toFollower);
  const follower = await start(toLeader);
  const unheard = await start(silent);
  expect([leader.projecting, follower.projecting, unheard.projecting]).toEqual([true, false, false]);
  await append(streamIdFor('orgchart', ORG_CHART_ID), 'OrgUnitRegistered', { orgUnitId: union, name: '工会', kind: 'UNION' });

  let granted = 0;
  for (let n = 1; n <= 5; n++) {
    const position = await grantRelief();
    granted += 1;
    await follower.waitUntilCounted(position);
    // Counted means the follower's own queries see it.
    expect(await reliefCounted(follower)).toBe(granted);
    const announced = toLeader.heard.flatMap((message) => (message.type === 'tracker:checkpoint' ? [parsePosition(message.position)] : []));
    expect(announced.some((checkpoint) => comparePositions(checkpoint, position) >= 0)).toBe(true);

    const later = await grantRelief();
    granted += 1;
    await unheard.waitUntilCounted(later);
    expect(await reliefCounted(unheard)).toBe(granted);
  }
  // The projecting worker announces; it hears nothing back.
  expect(toFollower.heard).toEqual([]);
}, 60_000);
