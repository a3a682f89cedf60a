// Entry point of `npm run cli -- <command>`. Commands live in cli/ (see cli/commands.ts).
import 'reflect-metadata';
import { commands } from './cli/commands';
import { runCli } from './cli/run-cli';
import { sendLogsToStandardError } from './observability/logging/tracker-logging';

// stdout carries the commands' answers (a token, the demo's figures); log lines go to stderr.
sendLogsToStandardError();

void runCli(process.argv.slice(2), commands).then((code) => {
  process.exitCode = code;
});
