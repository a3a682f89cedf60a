// Upgrading a tracker whose read model predates the running totals: the instance that runs the
// projector starts the blue/green rebuild on its own; queries answer the same figures before,
// during and after the switch.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ORG_CHART_ID, streamIdFor } from '@tracker/domain';
import type { DomainEvent } from '@tracker/domain';
import type { AppendResult, EventStore, JsonObject } from '@tracker/event-store';
import { createPostgresEventStore } from '@tracker/event-store';
import { CommunityResponsibilityQueries, createReadModelDataSource, Projector } from '@tracker/projections';
import type { CommunityResponsibilitySection } from '@tracker/projections';
import { createTestDatabase } from '@tracker/testing';
import type { TestDatabase } from '@tracker/testing';
import { Logger } from '@nestjs/common';
import { ProjectionRuntime } from './projection-runtime';

const INCOMPLETE = -1; // the marker migration 2 leaves in a generation that already had rows

let db: TestDatabase;
let store: EventStore;
beforeAll(async () => {
  Logger.overrideLogger(false);
  db = await createTestDatabase('runtime_upgrade');
  store = await createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await db.drop();
  Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']);
});

async function append(streamId: string, event: DomainEvent): Promise<AppendResult> {
  const metadata = { eventId: randomUUID(), recordedAt: new Date().toISOString(), recordedBy: 'test', correlationId: randomUUID() };
  return store.appendToStream(streamId, [{ eventId: randomUUID(), type: event.type, data: JSON.parse(JSON.stringify(event.data)) as JsonObject, metadata }], { expectedVersion: 'any' });
}

it('the elected instance rebuilds a read model that predates the running totals, and the figures never move', async () => {
  const union = randomUUID();
  const grant = randomUUID();
  const activity = randomUUID();
  await append(streamIdFor('orgchart', ORG_CHART_ID), { type: 'OrgUnitRegistered', data: { orgUnitId: union, name: '工会', kind: 'UNION' } });
  await append(streamIdFor('reliefgrant', grant), {
    type: 'ReliefGranted',
    data: { grantId: grant, unionId: union, unionPath: ['工会'], grantedOn: '2023-01-16', amountFen: 7500_00, personTimes: 15, category: 'LIVING_HARDSHIP' },
  });
  const last = await append(streamIdFor('volunteeractivity', activity), {
    type: 'VolunteerActivityRecorded',
    data: {
      activityId: activity,
      organizerId: union,
      organizerPath: ['工会'],
      program: 'LEI_FENG',
      title: '学雷锋',
      startDate: '2023-03-05',
      endDate: '2023-03-05',
      site: '枫林',
      serviceItems: ['反诈骗宣传'],
      personTimes: 4,
      timeBasis: 'OWN_TIME',
    },
  });

  // A read model as an older version left it: rows and checkpoint current, no running totals,
  // marked as migration 2 marks it.
  let expected: CommunityResponsibilitySection;
  const setup = await createReadModelDataSource(db.url).initialize();
  try {
    await new Projector({ store, dataSource: setup }).catchUp(last.lastPosition);
    expected = await new CommunityResponsibilityQueries({ dataSource: setup, store }).section(2023);
    expect(expected.charity.relief).toEqual({ personTimes: 15, amount: '7500.00' });
    expect(expected.volunteering.activities.personTimes).toBe(4);
    await setup.query(`DELETE FROM read_model_g1.section_sums`);
    await setup.query(`DELETE FROM read_model_g1.section_distinct`);
    await setup.query(`DELETE FROM read_model_g1.stream_years`);
    await setup.query(`INSERT INTO read_model_g1.stream_years (year, stream_id) VALUES ($1, '')`, [INCOMPLETE]);
  } finally {
    await setup.destroy();
  }

  const runtime = new ProjectionRuntime(store, db.url);
  await runtime.onModuleInit();
  try {
    expect(runtime.projecting).toBe(true);
    // Before the switch (the log folded in memory) or after it: the same figures.
    expect(await runtime.queries.section(2023)).toEqual(expected);
    const generation = async () => (await runtime.projector.status()).generation;
    for (let i = 0; i < 200 && (await generation()) === 1; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await runtime.projector.status()).toMatchObject({ generation: 2, state: 'RUNNING' });
    expect(await runtime.queries.section(2023)).toEqual(expected);
    // The new generation keeps its totals: the live projector moves them with the next record.
    const more = await append(streamIdFor('reliefgrant', randomUUID()), {
      type: 'ReliefGranted',
      data: { grantId: randomUUID(), unionId: union, unionPath: ['工会'], grantedOn: '2023-02-01', amountFen: 500_00, personTimes: 1, category: 'OTHER' },
    });
    await runtime.waitUntilCounted(more.lastPosition);
    expect((await runtime.queries.section(2023)).charity.relief).toEqual({ personTimes: 16, amount: '8000.00' });
    expect(await runtime.projector.upgrade()).toBeUndefined();
  } finally {
    await runtime.onApplicationShutdown();
  }
});
