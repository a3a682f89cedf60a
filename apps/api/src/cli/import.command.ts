import { IMPORT_KINDS, IMPORT_SHEETS, isImportKind } from '@tracker/domain';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type CliCommand, type CliIo, parseFlags } from './cli-command';
import { connectFiles, refusalOf } from './files-client';
import { type Fetch, TrackerClientError } from './tracker-client';

/** The report the tracker answers (docs/design.md §15), as far as the CLI prints it. */
interface ImportReply {
  readonly rows: number;
  readonly errors: readonly { readonly row: number; readonly column: string | null; readonly message: string }[];
  readonly warnings: readonly { readonly row: number; readonly message: string }[];
  readonly summary: string;
}

const isImportReply = (value: unknown): value is ImportReply =>
  typeof value === 'object' && value !== null && 'summary' in value && 'errors' in value && Array.isArray(value.errors) && 'warnings' in value && Array.isArray(value.warnings);

/**
 * `import <kind> <file> [--dry-run] [--campaign <id>]`: sends a filled-in template to a RUNNING
 * tracker (POST /files/imports/{kind}), which checks every row and writes all or nothing, then
 * prints its report: every problem by row and column, in Chinese.
 */
export function createImportCommand(fetchImpl: Fetch = fetch): CliCommand {
  return {
    name: 'import',
    summary: '导入 Excel：先检查每一行（--dry-run 只检查），全部通过才写入；同一文件重复导入不会重复记录。',
    usage: `<${IMPORT_KINDS.join('|')}> <file.xlsx> [--dry-run] [--campaign <爱心一日捐活动 id>] [--url http://localhost:3000] [--token <登录令牌>]`,
    async run(args, io) {
      // --dry-run takes no value: kept out of parseFlags, which would take the next word for one.
      const dryRun = args.includes('--dry-run');
      const { flags, positional } = parseFlags(args.filter((arg) => arg !== '--dry-run'));
      const [kind, file] = positional;
      if (!isImportKind(kind) || !file) {
        io.err(`用法：npm run cli -- import <${IMPORT_KINDS.join('|')}> <文件.xlsx> [--dry-run] [--campaign <id>]`);
        return 2;
      }
      const campaign = flags.get('campaign');
      try {
        const bytes = await readFile(file).catch(() => {
          throw new TrackerClientError(`读不到文件 ${file}`);
        });
        const client = await connectFiles(args, 'cli-import', '命令行导入', fetchImpl);
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)]), basename(file));
        const query = new URLSearchParams({ ...(dryRun ? { dryRun: 'true' } : {}), ...(typeof campaign === 'string' ? { campaignId: campaign } : {}) });
        io.out(`${dryRun ? '检查' : '导入'} ${basename(file)}（${IMPORT_SHEETS[kind].sheetName}）…`);
        const response = await client.request(`/files/imports/${kind}${query.size > 0 ? `?${query}` : ''}`, { method: 'POST', body: form });
        const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.clone().json() : undefined;
        if (!isImportReply(body)) throw new TrackerClientError(await refusalOf(response, client.baseUrl));
        printReport(io, body);
        return response.ok && body.errors.length === 0 ? 0 : 1;
      } catch (error) {
        if (!(error instanceof TrackerClientError)) throw error;
        io.err(error.message);
        return 1;
      }
    },
  };
}

export const importCommand: CliCommand = createImportCommand();

function printReport(io: CliIo, report: ImportReply): void {
  io.out(report.summary);
  for (const e of report.errors) io.out(`  第 ${e.row} 行${e.column ? `「${e.column}」` : ''}：${e.message}`);
  if (report.warnings.length > 0) io.out('请留意：');
  for (const w of report.warnings) io.out(`  第 ${w.row} 行：${w.message}`);
}
