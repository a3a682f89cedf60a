// For the CLI's import and export: the /files routes of a RUNNING tracker over HTTP, as a person
// would use them, so the server's rules, scope and idempotency all apply.
import { parseFlags } from './cli-command';
import { type Fetch, TrackerClientError, adminBearer } from './tracker-client';

export interface FilesClient {
  /** The tracker's base URL, e.g. http://localhost:3000. */
  readonly baseUrl: string;
  request(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * `--token <jwt>` (or TRACKER_TOKEN) acts as that person, within their roles and scope; without
 * one, the CLI signs an ADMIN token with the server's secret (JWT_SECRET or DATA_DIR), as `demo` does.
 */
export async function connectFiles(args: readonly string[], subject: string, name: string, fetchImpl: Fetch): Promise<FilesClient> {
  const { flags } = parseFlags(args);
  const given = flags.get('token');
  const token = typeof given === 'string' ? given : process.env['TRACKER_TOKEN'];
  const admin = token ? undefined : await adminBearer(args, subject, name);
  const url = typeof flags.get('url') === 'string' ? String(flags.get('url')) : (admin?.url ?? `http://localhost:${process.env['PORT'] ?? 3000}`);
  const baseUrl = url.replace(/\/graphql\/?$/, '').replace(/\/$/, '');
  const bearer = token ?? admin?.token ?? '';
  return {
    baseUrl,
    async request(path, init = {}) {
      try {
        return await fetchImpl(`${baseUrl}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${bearer}` } });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new TrackerClientError(`连不上 ${baseUrl} 的系统（${cause?.code ?? cause?.message ?? String(error)}）：请先用 npm start 启动，或用 --url 指定地址`);
      }
    },
  };
}

/** The Chinese message of a refused request (`{ code, message }`), or a description of what came back instead. */
export async function refusalOf(response: Response, baseUrl: string): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return `${body.message}（HTTP ${response.status}）`;
  } catch {
    // not JSON: said below
  }
  return `${baseUrl} 返回了 HTTP ${response.status}，不是本系统的应答：--url 是否指向本系统？`;
}
