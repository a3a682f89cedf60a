import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type CliCommand, parseFlags } from './cli-command';
import { connectFiles, refusalOf } from './files-client';
import { type Fetch, TrackerClientError } from './tracker-client';

/**
 * `export <year> [--out file.xlsx|file.docx] [--org <id>]`: downloads from a RUNNING tracker the
 * year's ledgers workbook (.xlsx, the default) or the 社区责任 section in Word (.docx).
 */
export function createExportCommand(fetchImpl: Fetch = fetch): CliCommand {
  return {
    name: 'export',
    summary: '导出年度台账（.xlsx）或社区责任章节（.docx），数字与 communityResponsibility 一致。',
    usage: '<年份> [--out 台账.xlsx|章节.docx] [--org <组织 id>] [--url http://localhost:3000] [--token <登录令牌>]',
    async run(args, io) {
      const { flags, positional } = parseFlags(args);
      const [year] = positional;
      if (!year || !/^\d{4}$/.test(year)) {
        io.err('用法：npm run cli -- export <年份> [--out 文件.xlsx|文件.docx] [--org <组织 id>]');
        return 2;
      }
      const out = typeof flags.get('out') === 'string' ? String(flags.get('out')) : `社区责任台账-${year}.xlsx`;
      const type = extname(out).toLowerCase();
      if (type !== '.xlsx' && type !== '.docx') {
        io.err(`--out 的文件名须以 .xlsx（年度台账）或 .docx（社区责任章节）结尾：${out}`);
        return 2;
      }
      const org = flags.get('org');
      try {
        const client = await connectFiles(args, 'cli-export', '命令行导出', fetchImpl);
        const path = `${type === '.docx' ? `/files/section/${year}.docx` : `/files/ledgers/${year}.xlsx`}${typeof org === 'string' ? `?orgUnitId=${encodeURIComponent(org)}` : ''}`;
        const response = await client.request(path);
        if (!response.ok) throw new TrackerClientError(await refusalOf(response, client.baseUrl));
        const file = Buffer.from(await response.arrayBuffer());
        await writeFile(out, file);
        io.out(`已导出 ${out}（${(file.length / 1024).toFixed(1)} KB）`);
        return 0;
      } catch (error) {
        if (!(error instanceof TrackerClientError)) throw error;
        io.err(error.message);
        return 1;
      }
    },
  };
}

export const exportCommand: CliCommand = createExportCommand();
