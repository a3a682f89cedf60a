// The server's rules for usernames and passwords (docs/design.md §13), checked in the browser before
// sending, so a person hears every problem at once. The server checks them again and decides;
// what it alone knows (a common password, a username in use) comes back on the field.

export const USERNAME_MIN = 2;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const DISPLAY_NAME_MAX = 50;
/** Reasons (for disabling an account, retiring a unit) as the server caps them. */
export const REASON_MAX = 500;

const USERNAME_PATTERN = /^[A-Za-z0-9._-]+$/;
// From this length on a password may not contain the username, not only equal it.
const USERNAME_CONTAINED_FROM = 4;

/** Characters as the server counts them: code points, not UTF-16 units. */
export const textLength = (text: string): number => [...text].length;

/** Why `value` cannot be a username, in Chinese; undefined when it can. */
export function usernameProblem(value: string): string | undefined {
  const username = value.trim();
  if (username === '') return '请填写登录名';
  if (username.length < USERNAME_MIN || username.length > USERNAME_MAX) return `登录名须为 ${USERNAME_MIN} 至 ${USERNAME_MAX} 个字符`;
  if (!USERNAME_PATTERN.test(username)) return '登录名只能包含英文字母、数字和 . _ - 三个符号';
  return undefined;
}

/** Why `password` cannot be set for `username`, in Chinese; undefined when the browser sees nothing wrong. */
export function newPasswordProblem(password: string, username: string): string | undefined {
  if (password === '') return '请填写新密码';
  const length = textLength(password);
  if (length < PASSWORD_MIN) return `新密码至少需要 ${PASSWORD_MIN} 个字符`;
  if (length > PASSWORD_MAX) return `新密码不能超过 ${PASSWORD_MAX} 个字符`;
  const folded = password.toLowerCase();
  if (new Set(folded).size === 1) return '新密码太常见，很容易被猜中，请换一个';
  const name = username.trim().toLowerCase();
  if (name !== '' && (folded === name || (name.length >= USERNAME_CONTAINED_FROM && folded.includes(name)))) return '新密码不能包含登录名';
  return undefined;
}
