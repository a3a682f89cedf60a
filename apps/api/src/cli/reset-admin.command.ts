import { AdminAccess, AdminAccessError, oneTimePasswordLines } from '../accounts/admin-access';
import { type CliCommand, parseFlags } from './cli-command';
import { withApplication } from './cli-runtime';

/**
 * `reset-admin`: for an operator locked out of every ADMIN account. It opens the database itself,
 * like `npm start`, so it needs what the server needs (DATA_DIR or DATABASE_URL), nothing less.
 */
export const resetAdminCommand: CliCommand = {
  name: 'reset-admin',
  summary: 'Give an ADMIN account a new one-time password and lift its sign-in lock (with no accounts yet, create admin). Opens the database: stop an embedded-database tracker first.',
  usage: '[--username admin]',
  async run(args, io) {
    const { flags } = parseFlags(args);
    const given = flags.get('username');
    const username = typeof given === 'string' ? given.trim() : undefined;
    try {
      // The start-up chatter would bury the one line that matters: warnings and errors only, unless asked.
      const reset = await withApplication((app) => app.get(AdminAccess).resetAdmin(username), { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
      if (reset.created) io.out(`没有任何账号，已创建管理员账号 ${reset.username}。`);
      for (const line of oneTimePasswordLines(reset)) io.out(line);
      return 0;
    } catch (error) {
      if (!(error instanceof AdminAccessError)) throw error;
      io.err(error.message);
      return 1;
    }
  },
};
