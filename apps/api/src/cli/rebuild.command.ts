import type { CliCommand } from './cli-command';
import { type Fetch, TrackerClientError, connectAsAdmin } from './tracker-client';

const REBUILD = 'mutation { rebuildProjections { generation events checkpoint durationMs } }';

interface RebuildReply {
  rebuildProjections?: { generation: number; events: number; checkpoint: string; durationMs: number };
}

/**
 * `rebuild`: asks a RUNNING tracker to rebuild its read model from the first event (blue/green:
 * queries keep answering from the old tables until the switch), as an ADMIN would over GraphQL.
 */
export function createRebuildCommand(fetchImpl: Fetch = fetch): CliCommand {
  return {
    name: 'rebuild',
    summary: '让运行中的追踪系统从第一个事件起重建读模型，完成后一次切换（重建期间查询照常回答）。',
    usage: '[--url http://localhost:3000/graphql]',
    async run(args, io) {
      try {
        const { url, send } = await connectAsAdmin(args, 'cli-rebuild', '重建读模型', fetchImpl);
        io.out(`正在重建 ${url} 的读模型……（期间查询照常回答）`);
        const reply = await send(REBUILD, {});
        const report = (reply.data as RebuildReply | undefined)?.rebuildProjections;
        if (!report) throw new TrackerClientError(`重建没有完成：${reply.errors?.map((e) => e.message).join('；') ?? '追踪系统没有回答'}`);
        io.out(`重建完成：${report.events} 个事件写入第 ${report.generation} 代读模型，用时 ${(report.durationMs / 1000).toFixed(1)} 秒（检查点 ${report.checkpoint}）。`);
        return 0;
      } catch (error) {
        if (!(error instanceof TrackerClientError)) throw error;
        io.err(error.message);
        return 1;
      }
    },
  };
}

export const rebuildCommand: CliCommand = createRebuildCommand();
