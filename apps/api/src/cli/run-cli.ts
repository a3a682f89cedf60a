import type { CliCommand, CliIo } from './cli-command';

export const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Dispatches `argv` (without node and script) to a command; returns the exit code. */
export async function runCli(argv: readonly string[], commands: readonly CliCommand[], io: CliIo = consoleIo): Promise<number> {
  const [name = 'help', ...args] = argv;
  const wanted = name === '--help' || name === '-h' ? 'help' : name;
  const command = commands.find((c) => c.name === wanted);
  if (!command) {
    io.err(`没有“${name}”这个命令。运行 \`npm run cli -- help\` 查看全部命令。`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.err(`${command.name} 未完成：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
