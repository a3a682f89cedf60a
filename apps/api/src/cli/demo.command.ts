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
    summary: '把 2023 年演示数据载入运行中的追踪系统（经 GraphQL，可重复运行），并列出主要数字。',
    usage: '[--url http://localhost:3000/graphql]',
    async run(args, io) {
      try {
        // The demo always signs in as DEMO_SUBJECT: idempotency keys belong to their caller.
        const { url, send } = await connectAsAdmin(args, DEMO_SUBJECT, '演示数据', fetchImpl);
        io.out(`正在把 2023 年演示数据载入 ${url}……`);
        const result = await loadDemo2023(send, { onProgress: progressPrinter(io) });
        io.out(`载入完成：${result.requests} 个请求（再次载入不会重复写入）。`);
        const reply = await send(SECTION, { year: 2023, orgUnitId: result.bureauId });
        const section = (reply.data as { communityResponsibility?: CommunityResponsibilitySection } | undefined)?.communityResponsibility;
        if (!section) throw new TrackerClientError(`社区责任章节查询没有结果：${reply.errors?.map((e) => e.message).join('；') ?? '没有数据'}`);
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
  io.out(`2023 年主要数字（南区局 ${bureauId}）：`);
  io.out(`  帮困          ${formatCount(relief.personTimes)} 人次，${formatYuan(relief.amount)} 元`);
  for (const c of campaigns) io.out(`  爱心一日捐    ${formatYuan(c.amount)} 元，${formatCount(c.unionCount)} 个部门工会 ${formatCount(c.donorCount)} 人捐款`);
  if (leiFeng) io.out(`  学雷锋        ${formatCount(leiFeng.count)} 次活动，${formatCount(leiFeng.sites)} 个地点，${formatCount(leiFeng.personTimes)} 人次`);
  io.out(`  志愿服务      ${formatCount(a.count)} 次活动，${formatCount(a.personTimes)} 人次，${a.subdistricts.length} 个街道（${a.subdistricts.join('、')}），${a.serviceItems.length} 项服务，义卖 ${formatCount(a.charitySalesCount)} 笔 ${formatYuan(a.charitySalesAmount)} 元`);
  io.out(`  考务哨兵      ${formatCount(e.exams)} 场考试，${formatCount(e.sites)} 个考点，保障 ${formatCount(e.supports)} 人次`);
  io.out(`  党建翼联      新签 ${formatCount(g.signed)} 份，有效 ${formatCount(g.active)} 份，共建单位 ${formatCount(g.partners)} 家`);
  io.out(`  Hello老友亭   ${formatCount(b.booths)} 个服务点，服务 ${formatCount(b.sessions)} 场，服务群众 ${formatCount(b.peopleServed)} 人次`);
  io.out('');
  io.out(`报告汇编人员的令牌：npm run cli -- issue-token --sub <谁> --roles COMPILER --org ${bureauId}`);
  io.out('然后查询 communityResponsibility(year: 2023) 或 reportSection(year: 2023)，或在网页里登录查看。');
}
