/** One `npm run cli -- <name> …` command. Add a file per command and list it in commands.ts. */
export interface CliCommand {
  readonly name: string;
  /** One line for `help`. */
  readonly summary: string;
  /** Usage after the command name, e.g. `--sub <id> --roles ADMIN`. */
  readonly usage?: string;
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** `--name value` and `--flag` pairs; anything else is positional. Deliberately dependency-free. */
export function parseFlags(args: readonly string[]): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) {
      positional.push(arg);
      continue;
    }
    const next = args[i + 1];
    if (match[2] !== undefined) flags.set(match[1], match[2]);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(match[1], next);
      i++;
    } else flags.set(match[1], true);
  }
  return { flags, positional };
}
