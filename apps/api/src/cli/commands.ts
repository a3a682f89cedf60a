// The CLI's command list. To add one (issue-token, demo, rebuild, backup, …): write `<name>.command.ts`
// exporting a CliCommand, and add it here.
import { backupCommand } from './backup.command';
import type { CliCommand } from './cli-command';
import { demoCommand } from './demo.command';
import { exportCommand } from './export.command';
import { importCommand } from './import.command';
import { helpCommand } from './help.command';
import { issueTokenCommand } from './issue-token.command';
import { rebuildCommand } from './rebuild.command';
import { resetAdminCommand } from './reset-admin.command';
import { restoreCommand } from './restore.command';

export const commands: readonly CliCommand[] = [helpCommand(() => commands), issueTokenCommand, resetAdminCommand, demoCommand, rebuildCommand, backupCommand, restoreCommand, importCommand, exportCommand];
