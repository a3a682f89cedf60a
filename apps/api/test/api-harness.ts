// The Nest app in-process over real HTTP, on a fresh database of the run's embedded PostgreSQL,
// composed exactly as `npm start` composes it (runtime/bootstrap.ts createApp).
import { JwtService } from '@nestjs/jwt';
import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../src/auth/principal';
import { parseConfig } from '../src/config/app-config';
import { createApp } from '../src/runtime/bootstrap';
import { Lifetime } from '../src/runtime/lifetime';
import { EVENT_STORE } from '../src/event-store-info/event-store.token';
import type { EventStore } from '@tracker/event-store';

export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly fields?: readonly { field: string; message: string }[] };
}

export interface GraphQLResponse<T> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: readonly GraphQLErrorBody[];
}

export interface TokenClaimsInput {
  readonly sub?: string;
  readonly name?: string;
  readonly roles: readonly Role[];
  readonly orgUnitIds?: readonly string[];
}

const JWT_SECRET = 'e2e-test-secret-that-is-long-enough-for-hs256';

export class ApiHarness {
  private readonly signer = new JwtService({ secret: JWT_SECRET });

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    private readonly lifetime: Lifetime,
    private readonly database: TestDatabase,
  ) {}

  static async start(): Promise<ApiHarness> {
    const database = await createTestDatabase('e2e');
    const dataDir = await mkdtemp(join(tmpdir(), 'tracker-e2e-'));
    const config = parseConfig({ DATABASE_URL: database.url, JWT_SECRET, DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    const lifetime = new Lifetime();
    const app = await createApp(config, database.url, lifetime);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new ApiHarness(app, `http://127.0.0.1:${port}`, lifetime, database);
  }

  get store(): EventStore {
    return this.app.get<EventStore>(EVENT_STORE);
  }

  token(claims: TokenClaimsInput, options: { expiresInSeconds?: number; secret?: string } = {}): string {
    const payload = { sub: claims.sub ?? 'tester', name: claims.name ?? '测试员', roles: claims.roles, orgUnitIds: claims.orgUnitIds ?? [] };
    return this.signer.sign(payload, { expiresIn: options.expiresInSeconds ?? 600, ...(options.secret ? { secret: options.secret } : {}) });
  }

  /** POSTs one GraphQL request; `token: null` sends none. */
  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token: string | null): Promise<GraphQLResponse<T>> {
    return this.post<T>(JSON.stringify({ query, variables }), token);
  }

  async post<T>(body: string, token: string | null): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const json = (await response.json()) as { data?: T; errors?: GraphQLErrorBody[] };
    return { status: response.status, ...json };
  }

  /**
   * Sends a request that must be refused with `code` (naming `field`, if given), show nothing
   * internal, and leave the store untouched: docs/design.md §8's "a rejected command writes no event".
   */
  async expectRefused(send: () => Promise<GraphQLResponse<unknown>>, code: string, field?: string): Promise<GraphQLResponse<unknown>> {
    const head = await this.head();
    const response = await send();
    expect({ code: errorCode(response), data: response.data ?? null }).toEqual({ code, data: null });
    if (field) expect(response.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining([expect.stringContaining(field)]));
    expect(englishIn(response)).toEqual([]);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+|SELECT |INSERT /i);
    expect(await this.head()).toBe(head);
    return response;
  }

  /** The store's head position: a rejected command must leave it unchanged. */
  async head(): Promise<bigint> {
    return this.store.headPosition();
  }

  async close(): Promise<void> {
    await this.lifetime.close();
    await this.database.drop();
  }
}

/**
 * English words in what a person reads from the errors (messages, field messages). Enum values
 * (LEI_FENG), YYYY-MM-DD and the hex of record ids are not words: a word has a lower-case letter
 * and a letter past f. What the person typed is quoted “like this” and may be in any language.
 */
export function englishIn(response: GraphQLResponse<unknown>): string[] {
  const texts = (response.errors ?? []).flatMap((e) => [e.message, ...(e.extensions?.fields ?? []).map((f) => f.message)]);
  return texts.filter((text) => /\b(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[g-zG-Z])[A-Za-z]{3,}\b/.test(text.replace(/“[^”]*”/g, '')));
}

/** The data of a successful response, or a test failure that shows the errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
