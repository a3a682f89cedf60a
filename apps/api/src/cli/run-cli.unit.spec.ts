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
      expect(out.join('\n')).toMatch(/Usage: npm run cli -- <command>[\s\S]*help\s+List the commands\./);
    }
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['nope'], commands, io)).toBe(2);
    expect(err).toEqual(['Unknown command "nope". Run `npm run cli -- help` for the list.']);
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
    expect(err).toEqual(['boom failed: bad input']);
  });
});

describe('parseFlags', () => {
  it('reads --name value, --name=value, bare flags and positionals', () => {
    const { flags, positional } = parseFlags(['--sub', 'alice', '--roles=ADMIN,COMPILER', 'extra', '--dry-run', '--', '--raw']);
    expect(Object.fromEntries(flags)).toEqual({ sub: 'alice', roles: 'ADMIN,COMPILER', 'dry-run': true });
    expect(positional).toEqual(['extra', '--raw']);
  });
});
