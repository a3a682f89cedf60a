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
    summary: 'Rebuild the read model of a running tracker from the first event, switching over atomically.',
    usage: '[--url http://localhost:3000/graphql]',
    async run(args, io) {
      try {
        const { url, send } = await connectAsAdmin(args, 'cli-rebuild', '重建读模型', fetchImpl);
        io.out(`Rebuilding the read model of ${url} … (queries keep answering meanwhile)`);
        const reply = await send(REBUILD, {});
        const report = (reply.data as RebuildReply | undefined)?.rebuildProjections;
        if (!report) throw new TrackerClientError(`The rebuild failed: ${reply.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`);
        io.out(`Done: ${report.events} events into generation ${report.generation} in ${(report.durationMs / 1000).toFixed(1)} s (checkpoint ${report.checkpoint}).`);
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
