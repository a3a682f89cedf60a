import { JwtService } from '@nestjs/jwt';
import { type CommunityResponsibilitySection, formatCount, formatYuan } from '@tracker/projections';
import { readJwtSecret } from '../auth/jwt-secret';
import { parseConfig } from '../config/app-config';
import { SECTION } from '../demo/demo-2023.documents';
import { DEMO_SUBJECT, type GraphQLReply, type GraphQLSend, loadDemo2023 } from '../demo/load-demo-2023';
import { type CliCommand, type CliIo, parseFlags } from './cli-command';

type Fetch = typeof fetch;

/** Thrown for problems the person running the command can fix; printed without a stack. */
class DemoError extends Error {}

/**
 * `demo`: posts the 2023 dataset (DESIGN §12) to a RUNNING tracker over HTTP as an ADMIN, then
 * prints the year's headline figures. Idempotent: running it again writes nothing.
 */
export function createDemoCommand(fetchImpl: Fetch = fetch): CliCommand {
  return {
    name: 'demo',
    summary: 'Load the 2023 demo dataset into a running tracker (through GraphQL, idempotent) and print the headline figures.',
    usage: '[--url http://localhost:3000/graphql]',
    async run(args, io) {
      const { flags } = parseFlags(args);
      const config = parseConfig(process.env);
      const url = typeof flags.get('url') === 'string' ? String(flags.get('url')) : `http://localhost:${config.port}/graphql`;
      const secret = await readJwtSecret(config.jwtSecret, config.dataDir);
      const token = new JwtService({ secret }).sign({ sub: DEMO_SUBJECT, name: '演示数据', roles: ['ADMIN'], orgUnitIds: [] }, { algorithm: 'HS256', expiresIn: 3600 });
      const send = httpSend(fetchImpl, url, token);
      try {
        await probe(send, url);
        io.out(`Loading the 2023 demo into ${url} …`);
        const result = await loadDemo2023(send, { onProgress: progressPrinter(io) });
        io.out(`Done: ${result.requests} requests (a repeated load writes nothing).`);
        const reply = await send(SECTION, { year: 2023, orgUnitId: result.bureauId });
        const section = (reply.data as { communityResponsibility?: CommunityResponsibilitySection } | undefined)?.communityResponsibility;
        if (!section) throw new DemoError(`the section query failed: ${reply.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
        printHeadline(io, section, result.bureauId);
        return 0;
      } catch (error) {
        if (!(error instanceof DemoError)) throw error;
        io.err(error.message);
        return 1;
      }
    },
  };
}

export const demoCommand: CliCommand = createDemoCommand();

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
      throw new DemoError(`Cannot reach the tracker at ${url} (${cause?.code ?? cause?.message ?? String(error)}): start it first with npm start`);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLReply;
    } catch {
      throw new DemoError(`${url} answered HTTP ${response.status} without GraphQL JSON: is --url the tracker's /graphql endpoint?`);
    }
  };
}

/** One cheap query first, so a stopped server or a foreign secret is reported before any write. */
async function probe(send: GraphQLSend, url: string): Promise<void> {
  const reply = await send('{ version }', {});
  const code = reply.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') {
    throw new DemoError(`The tracker at ${url} refused the demo's ADMIN token: run the CLI with the server's JWT_SECRET (or its DATA_DIR).`);
  }
  if (reply.errors?.length) throw new DemoError(`The tracker at ${url} answered: ${reply.errors.map((e) => e.message).join('; ')}`);
}

function progressPrinter(io: CliIo): (stage: string, done: number, total: number) => void {
  return (stage, done, total) => {
    if (done === total || done % 50 === 0) io.out(`  ${stage}: ${done}/${total}`);
  };
}

function printHeadline(io: CliIo, s: CommunityResponsibilitySection, bureauId: string): void {
  const { relief, campaigns } = s.charity;
  const { activities: a, examSentinel: e, agreements: g, booths: b } = s.volunteering;
  const leiFeng = a.byProgram.find((p) => p.program === 'LEI_FENG');
  io.out('');
  io.out(`2023 headline figures (南区局 ${bureauId}):`);
  io.out(`  帮困          ${formatCount(relief.personTimes)} 人次, ${formatYuan(relief.amount)} 元`);
  for (const c of campaigns) io.out(`  爱心一日捐    ${formatYuan(c.amount)} 元 from ${formatCount(c.donorCount)} donors in ${formatCount(c.unionCount)} department unions`);
  if (leiFeng) io.out(`  学雷锋        ${formatCount(leiFeng.count)} activities at ${formatCount(leiFeng.sites)} sites, ${formatCount(leiFeng.personTimes)} 人次`);
  io.out(`  志愿服务      ${formatCount(a.count)} activities, ${formatCount(a.personTimes)} 人次, ${a.subdistricts.length} 街道 (${a.subdistricts.join('、')}), ${a.serviceItems.length} service items, 义卖 ${formatCount(a.charitySalesCount)} 笔 ${formatYuan(a.charitySalesAmount)} 元`);
  io.out(`  考务哨兵      ${formatCount(e.exams)} exams, ${formatCount(e.sites)} sites, ${formatCount(e.supports)} supports`);
  io.out(`  党建翼联      ${formatCount(g.signed)} signed, ${formatCount(g.active)} active, ${formatCount(g.partners)} partners`);
  io.out(`  Hello老友亭   ${formatCount(b.booths)} booths, ${formatCount(b.sessions)} sessions, ${formatCount(b.peopleServed)} people served`);
  io.out('');
  io.out(`A compiler's token: npm run cli -- issue-token --sub <who> --roles COMPILER --org ${bureauId}`);
  io.out('then ask for communityResponsibility(year: 2023) or reportSection(year: 2023).');
}
