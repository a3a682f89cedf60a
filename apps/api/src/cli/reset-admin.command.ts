import { AdminAccess, AdminAccessError, oneTimePasswordLines } from '../accounts/admin-access';
import { type CliCommand, parseFlags } from './cli-command';
import { withApplication } from './cli-runtime';

/**
 * `reset-admin`: for an operator locked out of every ADMIN account. It opens the database itself,
 * like `npm start`, so it needs what the server needs (DATA_DIR or DATABASE_URL), nothing less.
 */
export const resetAdminCommand: CliCommand = {
  name: 'reset-admin',
  summary: '给管理员账号设一个新的一次性密码，并解除登录锁定（还没有账号时创建 admin）。它直接打开数据库：使用内嵌数据库时请先停止追踪系统。',
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
