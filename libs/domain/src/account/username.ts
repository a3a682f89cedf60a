// 登录名 usernames: what a person types to sign in, and what the log records as `recordedBy`.
import type { FieldChecks } from '../shared/validation';

export const USERNAME_MIN = 2;
export const USERNAME_MAX = 32;

// ASCII only: no look-alike letters from other scripts, no spaces, and a case fold that is exact.
const USERNAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/**
 * What usernames are unique by: trimmed and lower-cased, so `Li.Si` and `li.si` are one account.
 * The api derives the account's id from it, so two accounts can never share one.
 */
export const usernameKey = (username: string): string => username.trim().toLowerCase();

/** Why `value` cannot be a username, in Chinese; undefined when it can. */
export function usernameProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return '请填写登录名';
  const username = value.trim();
  if (username.length < USERNAME_MIN || username.length > USERNAME_MAX) return `登录名须为 ${USERNAME_MIN} 至 ${USERNAME_MAX} 个字符`;
  if (!USERNAME_PATTERN.test(username)) return '登录名只能包含英文字母、数字和 . _ - 三个符号';
  return undefined;
}

/** The username, trimmed; a problem is recorded on `field`. */
export function checkUsername(checks: FieldChecks, field: string, value: unknown): string {
  const problem = usernameProblem(value);
  if (problem !== undefined) {
    checks.add(field, problem);
    return '';
  }
  return String(value).trim();
}
