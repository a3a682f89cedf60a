// Entry point of `npm run cli -- <command>`. Commands live in cli/ (see cli/commands.ts).
import 'reflect-metadata';
import { commands } from './cli/commands';
import { runCli } from './cli/run-cli';

void runCli(process.argv.slice(2), commands).then((code) => {
  process.exitCode = code;
});
