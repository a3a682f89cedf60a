import { type CliCommand, parseFlags } from './cli-command';
import { commands } from './commands';
import { runCli } from './run-cli';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
};

describe('runCli', () => {
  it('prints help by default and for help, listing every command', async () => {
    for (const argv of [[], ['help'], ['--help']]) {
      const { io, out } = capture();
      expect(await runCli(argv, commands, io)).toBe(0);
      expect(out.join('\n')).toMatch(/用法：npm run cli -- <命令>[\s\S]*help\s+列出全部命令。/);
    }
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['nope'], commands, io)).toBe(2);
    expect(err).toEqual(['没有“nope”这个命令。运行 `npm run cli -- help` 查看全部命令。']);
  });

  it('passes arguments and reports a failing command with exit code 1', async () => {
    const seen: string[][] = [];
    const boom: CliCommand = {
      name: 'boom',
      summary: 'fails',
      async run(args) {
        seen.push([...args]);
        throw new Error('bad input');
      },
    };
    const { io, err } = capture();
    expect(await runCli(['boom', '--x', '1'], [boom], io)).toBe(1);
    expect(seen).toEqual([['--x', '1']]);
    expect(err).toEqual(['boom 未完成：bad input']);
  });
});

describe('parseFlags', () => {
  it('reads --name value, --name=value, bare flags and positionals', () => {
    const { flags, positional } = parseFlags(['--sub', 'alice', '--roles=ADMIN,COMPILER', 'extra', '--dry-run', '--', '--raw']);
    expect(Object.fromEntries(flags)).toEqual({ sub: 'alice', roles: 'ADMIN,COMPILER', 'dry-run': true });
    expect(positional).toEqual(['extra', '--raw']);
  });
});
