// For CLI commands that act on a RUNNING tracker over its GraphQL API (demo, rebuild): the same
// door every user goes through, so the server's rules, idempotency and read-your-writes all apply.
import { JwtService } from '@nestjs/jwt';
import { readJwtSecret } from '../auth/jwt-secret';
import { parseConfig } from '../config/app-config';
import type { GraphQLReply, GraphQLSend } from '../demo/load-demo-2023';
import { parseFlags } from './cli-command';

export type Fetch = typeof fetch;

/** A problem the person running the command can fix; printed without a stack. */
export class TrackerClientError extends Error {}

/** Nothing answers at the URL: the tracker is not running there. */
export class TrackerUnreachableError extends TrackerClientError {}

export interface TrackerClient {
  readonly url: string;
  readonly send: GraphQLSend;
}

/**
 * Signs a short-lived ADMIN token with the server's secret (JWT_SECRET, or the one in DATA_DIR),
 * then sends one cheap query, so a stopped server or a foreign secret is reported before any write.
 */
export async function connectAsAdmin(args: readonly string[], subject: string, name: string, fetchImpl: Fetch): Promise<TrackerClient> {
  const { url, token } = await adminBearer(args, subject, name);
  const send = httpSend(fetchImpl, url, token);
  const reply = await send('{ version }', {});
  if (reply.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
    throw new TrackerClientError(`${url} 的追踪系统拒绝了命令行的管理员令牌：请用服务器的 JWT_SECRET（或它的 DATA_DIR）运行命令行。`);
  }
  if (reply.errors?.length) throw new TrackerClientError(`${url} 的追踪系统回答：${reply.errors.map((e) => e.message).join('；')}`);
  return { url, send };
}

/** The tracker's /graphql URL (`--url`, or PORT on localhost) and a short-lived ADMIN token signed with the server's secret. */
export async function adminBearer(args: readonly string[], subject: string, name: string): Promise<{ url: string; token: string }> {
  const { flags } = parseFlags(args);
  const config = parseConfig(process.env);
  const url = typeof flags.get('url') === 'string' ? String(flags.get('url')) : `http://localhost:${config.port}/graphql`;
  const secret = await readJwtSecret(config.jwtSecret, config.dataDir);
  const token = new JwtService({ secret }).sign({ sub: subject, name, roles: ['ADMIN'], orgUnitIds: [] }, { algorithm: 'HS256', expiresIn: 3600 });
  return { url, token };
}

function httpSend(fetchImpl: Fetch, url: string, token: string): GraphQLSend {
  return async (query, variables) => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new TrackerUnreachableError(`无法连接 ${url} 的追踪系统（${cause?.code ?? cause?.message ?? String(error)}）：请先用 npm start 启动它。`);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLReply;
    } catch {
      throw new TrackerClientError(`${url} 的回答（HTTP ${response.status}）不是 GraphQL 的 JSON：--url 是追踪系统的 /graphql 地址吗？`);
    }
  };
}
