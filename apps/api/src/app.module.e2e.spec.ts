// The Nest app in-process, with stand-ins for the runtime's resources: shows how a test (or
// another runtime) composes AppModule, and covers /health's 503 without stopping a database.
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { EventStore } from '@tracker/event-store';
import type { AddressInfo } from 'node:net';
import { AppModule } from './app.module';
import { parseConfig } from './config/app-config';
import type { DatabaseProbe } from './health/database-probe';

const jwtSecret = 'an-in-process-test-secret-of-more-than-32-chars';
const adminToken = new JwtService({ secret: jwtSecret }).sign({ sub: 'tester', name: 'Tester', roles: ['ADMIN'], orgUnitIds: [] });

let app: INestApplication;
let base: string;
let databaseUp = true;

const database: DatabaseProbe = {
  ping: () => (databaseUp ? Promise.resolve() : Promise.reject(new Error('connection refused'))),
};
// Boundary: only headPosition is exercised here.
const eventStore = { headPosition: () => Promise.resolve(12_345_678_901_234_567_890n) } as unknown as EventStore;

beforeAll(async () => {
  app = await NestFactory.create(AppModule.forRoot({ config: parseConfig({}), eventStore, database, jwtSecret }), { logger: false });
  await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
});

afterAll(() => app.close());

it('answers /health with 200, then 503 while the database is down', async () => {
  const up = await fetch(`${base}/health`);
  expect([up.status, await up.json()]).toEqual([200, { status: 'ok' }]);
  databaseUp = false;
  const down = await fetch(`${base}/health`);
  expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable' }]);
  databaseUp = true;
});

it('serves version and eventStore.headPosition (a bigint, as a decimal string) over GraphQL', async () => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: '{ version eventStore { headPosition } }' }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { version: expect.stringMatching(/^\d+\.\d+\.\d+/), eventStore: { headPosition: '12345678901234567890' } } });
});

it('keeps introspection off outside development', async () => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  expect(body.errors?.[0]?.message).toMatch(/introspection/i);
});
