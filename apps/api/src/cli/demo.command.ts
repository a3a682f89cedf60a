import { type CommunityResponsibilitySection, formatCount, formatYuan } from '@tracker/projections';
import { SECTION } from '../demo/demo-2023.documents';
import { DEMO_SUBJECT, loadDemo2023 } from '../demo/load-demo-2023';
import type { CliCommand, CliIo } from './cli-command';
import { type Fetch, TrackerClientError, connectAsAdmin } from './tracker-client';

/**
 * `demo`: posts the 2023 dataset (docs/design.md §12) to a RUNNING tracker over HTTP as an ADMIN, then
 * prints the year's headline figures. Idempotent: running it again writes nothing.
 */
export function createDemoCommand(fetchImpl: Fetch = fetch): CliCommand {
  return {
    name: 'demo',
    summary: 'Load the 2023 demo dataset into a running tracker (through GraphQL, idempotent) and print the headline figures.',
    usage: '[--url http://localhost:3000/graphql]',
    async run(args, io) {
      try {
        // The demo always signs in as DEMO_SUBJECT: idempotency keys belong to their caller.
        const { url, send } = await connectAsAdmin(args, DEMO_SUBJECT, '演示数据', fetchImpl);
        io.out(`Loading the 2023 demo into ${url} …`);
        const result = await loadDemo2023(send, { onProgress: progressPrinter(io) });
        io.out(`Done: ${result.requests} requests (a repeated load writes nothing).`);
        const reply = await send(SECTION, { year: 2023, orgUnitId: result.bureauId });
        const section = (reply.data as { communityResponsibility?: CommunityResponsibilitySection } | undefined)?.communityResponsibility;
        if (!section) throw new TrackerClientError(`the section query failed: ${reply.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
        printHeadline(io, section, result.bureauId);
        return 0;
      } catch (error) {
        if (!(error instanceof TrackerClientError)) throw error;
        io.err(error.message);
        return 1;
      }
    },
  };
}

export const demoCommand: CliCommand = createDemoCommand();

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
