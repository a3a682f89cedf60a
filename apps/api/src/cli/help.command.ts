import type { CliCommand } from './cli-command';

export function helpCommand(commands: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    summary: '列出全部命令。',
    async run(_args, io) {
      io.out('用法：npm run cli -- <命令> [选项]');
      io.out('');
      io.out('命令：');
      const list = commands();
      const width = Math.max(...list.map((c) => c.name.length));
      for (const command of list) {
        io.out(`  ${command.name.padEnd(width)}  ${command.summary}${command.usage ? `\n  ${' '.repeat(width)}  用法：${command.name} ${command.usage}` : ''}`);
      }
      io.out('');
      io.out('配置取自与 `npm start` 相同的环境变量（PORT、DATABASE_URL、DATA_DIR……）。');
      return 0;
    },
  };
}
