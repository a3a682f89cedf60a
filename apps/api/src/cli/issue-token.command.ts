import { JwtService } from '@nestjs/jwt';
import { readJwtSecret } from '../auth/jwt-secret';
import { ROLES, type Role } from '../auth/principal';
import { parseConfig } from '../config/app-config';
import { type CliCommand, parseFlags } from './cli-command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DURATION = /^(\d+)([smhd])$/;
const SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** `issue-token`: signs a bearer token for a role and an org-unit scope (docs/design.md §7), with the server's secret. */
export const issueTokenCommand: CliCommand = {
  name: 'issue-token',
  summary: 'Print a bearer token for a person, their roles and the org units they act for (descendants included).',
  usage: '--sub <who> --roles RECORDER[,TREASURER,COMPILER,ADMIN] [--org <orgUnitId>[,<orgUnitId>]] [--name <display name>] [--expires 8h]',
  async run(args, io) {
    const { flags } = parseFlags(args);
    const text = (name: string): string | undefined => {
      const value = flags.get(name);
      return typeof value === 'string' ? value.trim() : undefined;
    };
    const problems: string[] = [];
    const sub = text('sub');
    if (!sub) problems.push('--sub is required: who the token is for, e.g. --sub zhang.san');
    const roles = (text('roles') ?? '').split(',').map((r) => r.trim().toUpperCase()).filter(Boolean);
    if (roles.length === 0 || !roles.every((r) => (ROLES as readonly string[]).includes(r))) {
      problems.push(`--roles must list one or more of ${ROLES.join(', ')}`);
    }
    const orgUnitIds = (text('org') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    const badIds = orgUnitIds.filter((id) => !UUID.test(id));
    if (badIds.length > 0) problems.push(`--org takes org unit ids (see the orgUnits query); not ids: ${badIds.join(', ')}`);
    if (!roles.includes('ADMIN') && orgUnitIds.length === 0) problems.push('--org is required for every role but ADMIN: the org units the person acts for');
    const duration = DURATION.exec(text('expires') ?? '8h');
    if (!duration?.[1] || !duration[2]) problems.push('--expires must look like 30m, 8h or 7d');
    if (problems.length > 0 || !sub || !duration?.[1] || !duration[2]) {
      for (const problem of problems) io.err(problem);
      return 2;
    }

    const config = parseConfig(process.env);
    const secret = await readJwtSecret(config.jwtSecret, config.dataDir);
    const expiresIn = Number(duration[1]) * SECONDS[duration[2] as keyof typeof SECONDS];
    const token = new JwtService({ secret }).sign(
      { sub, name: text('name') ?? sub, roles: roles as Role[], orgUnitIds },
      { algorithm: 'HS256', expiresIn },
    );
    io.out(token);
    return 0;
  },
};
