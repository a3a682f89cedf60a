import type { CliCommand } from './cli-command';

export function helpCommand(commands: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    summary: 'List the commands.',
    async run(_args, io) {
      io.out('Usage: npm run cli -- <command> [options]');
      io.out('');
      io.out('Commands:');
      const list = commands();
      const width = Math.max(...list.map((c) => c.name.length));
      for (const command of list) {
        io.out(`  ${command.name.padEnd(width)}  ${command.summary}${command.usage ? `\n  ${' '.repeat(width)}  usage: ${command.name} ${command.usage}` : ''}`);
      }
      io.out('');
      io.out('Configuration comes from the same environment variables as `npm start` (PORT, DATABASE_URL, DATA_DIR, …).');
      return 0;
    },
  };
}
