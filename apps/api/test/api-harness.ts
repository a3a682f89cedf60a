// The Nest app in-process over real HTTP, on a fresh database of the run's embedded PostgreSQL,
// composed exactly as `npm start` composes it (runtime/bootstrap.ts createApp).
import { JwtService } from '@nestjs/jwt';
import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../src/accounts/clock';
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

/** A clock a test moves by hand, to reach a session's or a lock's end without waiting for it. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Back to the real time: tokens are signed and checked on it. */
  reset(): void {
    this.offsetMs = 0;
  }
}

/** A browser's session: the Cookie header it sends after signing in. */
export interface Session {
  readonly cookie: string;
}

export interface NewAccount {
  readonly username: string;
  readonly displayName?: string;
  readonly roles: readonly Role[];
  readonly orgUnitIds?: readonly string[];
  /** The one-time password the ADMIN gives (default: a strong one). */
  readonly password?: string;
}

export interface CreatedAccount {
  readonly id: string;
  readonly username: string;
  readonly password: string;
}

export interface RequestOptions {
  readonly token?: string | null;
  readonly session?: Session;
  readonly headers?: Readonly<Record<string, string>>;
}

const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { position account { id username } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt account { id username displayName roles orgUnitIds disabled mustChangePassword } } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

export interface SignInData {
  readonly signIn: { expiresAt: string; account: { id: string; username: string; displayName: string; roles: Role[]; orgUnitIds: string[]; disabled: boolean; mustChangePassword: boolean } };
}

export interface SignedIn {
  readonly response: GraphQLResponse<SignInData>;
  /** The Set-Cookie header as the server sent it. */
  readonly setCookie: string | undefined;
  /** Present when the server set the session cookie. */
  readonly session: Session | undefined;
}

export class ApiHarness {
  private readonly signer = new JwtService({ secret: JWT_SECRET });

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    private readonly lifetime: Lifetime,
    private readonly database: TestDatabase,
  ) {}

  static async start(options: { clock?: Clock; env?: Readonly<Record<string, string>> } = {}): Promise<ApiHarness> {
    const database = await createTestDatabase('e2e');
    const dataDir = await mkdtemp(join(tmpdir(), 'tracker-e2e-'));
    const config = parseConfig({ DATABASE_URL: database.url, JWT_SECRET, DATA_DIR: dataDir, LOG_LEVEL: 'error', ...options.env });
    const lifetime = new Lifetime();
    const app = await createApp(config, database.url, lifetime, { clock: options.clock });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new ApiHarness(app, `http://127.0.0.1:${port}`, lifetime, database);
  }

  get store(): EventStore {
    return this.app.get<EventStore>(EVENT_STORE);
  }

  token(claims: TokenClaimsInput, options: { expiresInSeconds?: number; secret?: string; issuedAt?: number } = {}): string {
    const payload = {
      sub: claims.sub ?? 'tester',
      name: claims.name ?? '测试员',
      roles: claims.roles,
      orgUnitIds: claims.orgUnitIds ?? [],
      ...(options.issuedAt !== undefined ? { iat: options.issuedAt } : {}),
    };
    return this.signer.sign(payload, { expiresIn: options.expiresInSeconds ?? 600, ...(options.secret ? { secret: options.secret } : {}) });
  }

  /** POSTs one GraphQL request; `token: null` sends none. */
  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token: string | null): Promise<GraphQLResponse<T>> {
    return this.post<T>(JSON.stringify({ query, variables }), token);
  }

  async post<T>(body: string, token: string | null): Promise<GraphQLResponse<T>> {
    return (await this.send<T>(body, { token })).response;
  }

  /** One GraphQL request as a browser with `session` sends it: the cookie, and no token. */
  async gqlWithSession<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, session: Session, headers: Readonly<Record<string, string>> = {}): Promise<GraphQLResponse<T>> {
    return (await this.send<T>(JSON.stringify({ query, variables }), { session, headers })).response;
  }

  /** POSTs a body to /graphql with JSON's content type unless `headers` says otherwise; also returns the Set-Cookie header. */
  async send<T>(body: string, options: RequestOptions): Promise<{ response: GraphQLResponse<T>; setCookie: string | undefined }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.session ? { cookie: options.session.cookie } : {}),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    const json = (text.startsWith('{') ? JSON.parse(text) : { errors: [{ message: text }] }) as { data?: T; errors?: GraphQLErrorBody[] };
    return { response: { status: response.status, ...json }, setCookie: response.headers.get('set-cookie') ?? undefined };
  }

  /** An ADMIN gives a person an account; the password is one-time, as for any account an ADMIN creates. */
  async createAccount(adminToken: string, account: NewAccount): Promise<CreatedAccount> {
    const password = account.password ?? 'spring-kangjian-2023';
    const input = { displayName: '测试员', orgUnitIds: [], ...account, password };
    const { createAccount } = dataOf(await this.gql<{ createAccount: { account: { id: string; username: string } } }>(CREATE_ACCOUNT, { input }, adminToken));
    return { id: createAccount.account.id, username: createAccount.account.username, password };
  }

  async signIn(username: string, password: string, headers: Readonly<Record<string, string>> = {}): Promise<SignedIn> {
    const { response, setCookie } = await this.send<SignInData>(JSON.stringify({ query: SIGN_IN, variables: { input: { username, password } } }), { headers });
    const token = /(?:^|[;,]\s*)tracker_session=([^;]+)/.exec(setCookie ?? '')?.[1];
    return { response, setCookie, session: token ? { cookie: `tracker_session=${token}` } : undefined };
  }

  /** Signs in to `account` and replaces its one-time password with `newPassword`: a session ready to work. */
  async signedIn(account: CreatedAccount, newPassword = `${account.password}-mine`): Promise<{ session: Session; password: string }> {
    const { session } = await this.signIn(account.username, account.password);
    if (!session) throw new Error(`signing in as ${account.username} set no session cookie`);
    dataOf(await this.gqlWithSession(CHANGE_PASSWORD, { input: { currentPassword: account.password, newPassword } }, session));
    return { session, password: newPassword };
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
