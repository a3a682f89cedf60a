import { JwtService } from '@nestjs/jwt';
import { orgUnitsOf } from '@tracker/domain';
import { AccountDirectory } from '../accounts/account-directory';
import { readJwtSecret } from '../auth/jwt-secret';
import { ROLES, type Role } from '../auth/principal';
import { MAX_TOKEN_LIFETIME_SECONDS } from '../auth/token.service';
import { parseConfig, parseDurationSeconds } from '../config/app-config';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { type CliCommand, parseFlags } from './cli-command';
import { withApplication } from './cli-runtime';
import { type Fetch, TrackerUnreachableError, connectAsAdmin } from './tracker-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_EXPIRES = `${MAX_TOKEN_LIFETIME_SECONDS / 86_400}d`;

/** What the tracker knows of a token's subject and scope, before one is signed. */
export interface TokenSubject {
  /** Of the org unit ids asked for, those the org chart lacks. */
  readonly unknownOrgUnitIds: readonly string[];
  /** The subject is a person's login: they sign in with their password instead. */
  readonly isAccount: boolean;
}

export type TokenSubjectLookup = (args: readonly string[], subject: string, orgUnitIds: readonly string[]) => Promise<TokenSubject>;

/**
 * Asks the running tracker (as the CLI's ADMIN); with none running, reads its database, which
 * needs DATA_DIR or DATABASE_URL like `npm start`.
 */
export function lookUpInTracker(fetchImpl: Fetch = fetch): TokenSubjectLookup {
  return async (args, subject, orgUnitIds) => {
    try {
      const { send } = await connectAsAdmin(args, 'cli:issue-token', '运维命令 issue-token', fetchImpl);
      const reply = await send('{ orgUnits { id } accounts { username } }', {});
      const data = reply.data as { orgUnits?: { id: string }[]; accounts?: { username: string }[] } | undefined;
      if (!data?.orgUnits || !data.accounts) throw new Error(`追踪系统答复：${reply.errors?.map((e) => e.message).join('；') ?? '没有数据'}`);
      const known = new Set(data.orgUnits.map((unit) => unit.id));
      const login = subject.toLowerCase();
      return { unknownOrgUnitIds: orgUnitIds.filter((id) => !known.has(id)), isAccount: data.accounts.some((a) => a.username.toLowerCase() === login) };
    } catch (error) {
      if (!(error instanceof TrackerUnreachableError)) throw error;
    }
    // Errors only, and those on stderr: the token must be all of stdout, for TOKEN=$(…).
    return withApplication(
      async (app) => {
        const chart = await app.get(OrgChartReader).current();
        const known = new Set(orgUnitsOf(chart).map((unit) => unit.id));
        const account = await app.get(AccountDirectory).findByUsername(subject);
        return { unknownOrgUnitIds: orgUnitIds.filter((id) => !known.has(id)), isAccount: account !== undefined };
      },
      { ...process.env, LOG_LEVEL: 'error' },
    );
  };
}

/** `issue-token`: signs a bearer token for an API client, its roles and an org-unit scope (docs/design.md §7), with the server's secret. */
export function createIssueTokenCommand(lookUp: TokenSubjectLookup = lookUpInTracker()): CliCommand {
  return {
    name: 'issue-token',
    summary: '为接口客户端签发令牌，写明它的角色和代表的组织单位（含下级单位）。人员请用账号登录，不用令牌。',
    usage: `--sub <谁> --roles RECORDER[,TREASURER,COMPILER,ADMIN] [--org <组织单位编号>[,<组织单位编号>]] [--name <显示名>] [--expires 8h，最长 ${MAX_EXPIRES}] [--url http://localhost:3000/graphql]`,
    async run(args, io) {
      const { flags } = parseFlags(args);
      const text = (name: string): string | undefined => {
        const value = flags.get(name);
        return typeof value === 'string' ? value.trim() : undefined;
      };
      const problems: string[] = [];
      const sub = text('sub');
      if (!sub) problems.push('缺少 --sub：令牌给谁用，例如 --sub zhang.san');
      const roles = (text('roles') ?? '').split(',').map((r) => r.trim().toUpperCase()).filter(Boolean);
      if (roles.length === 0 || !roles.every((r) => (ROLES as readonly string[]).includes(r))) {
        problems.push(`--roles 须列出以下一个或几个：${ROLES.join('、')}`);
      }
      const orgUnitIds = (text('org') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
      const badIds = orgUnitIds.filter((id) => !UUID.test(id));
      if (badIds.length > 0) problems.push(`--org 要填组织单位编号（见 orgUnits 查询），这些不是编号：${badIds.join('、')}`);
      if (!roles.includes('ADMIN') && orgUnitIds.length === 0) problems.push('除 ADMIN 外的角色都要 --org：令牌代表的组织单位');
      const expiresIn = parseDurationSeconds(text('expires') ?? '8h');
      if (expiresIn === undefined) problems.push(`--expires 的写法如 30m、8h 或 7d（最长 ${MAX_EXPIRES}）`);
      else if (expiresIn > MAX_TOKEN_LIFETIME_SECONDS) problems.push(`--expires 最长为 ${MAX_EXPIRES}：令牌有效期不能超过 ${MAX_TOKEN_LIFETIME_SECONDS / 86_400} 天`);
      if (problems.length > 0 || !sub || expiresIn === undefined) {
        for (const problem of problems) io.err(problem);
        return 2;
      }

      const subject = await lookUp(args, sub, orgUnitIds);
      if (subject.unknownOrgUnitIds.length > 0) {
        io.err(`--org 中的组织不存在：${subject.unknownOrgUnitIds.join(', ')}（用 { orgUnits { id name path } } 查询组织编号）`);
        return 2;
      }
      if (subject.isAccount) {
        io.err(`“${sub}”是一个人的账号：本人请用密码登录（signIn）。令牌只签发给 API 客户端，请换一个 --sub。`);
        return 2;
      }
      const config = parseConfig(process.env);
      const secret = await readJwtSecret(config.jwtSecret, config.dataDir);
      const token = new JwtService({ secret }).sign(
        { sub, name: text('name') ?? sub, roles: roles as Role[], orgUnitIds },
        { algorithm: 'HS256', expiresIn },
      );
      io.out(token);
      return 0;
    },
  };
}

export const issueTokenCommand: CliCommand = createIssueTokenCommand();
