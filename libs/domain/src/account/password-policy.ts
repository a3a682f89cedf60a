// What a password must be (docs/design.md §13). The rules are checked when a password is set; the
// password itself never reaches an event, a log line or an answer.
import { textLength } from '../shared/text';
import type { FieldChecks } from '../shared/validation';
import { usernameKey } from './username';

export const PASSWORD_MIN = 10;
// argon2 takes any length; a cap keeps one request from buying much hashing.
export const PASSWORD_MAX = 128;

// Short names are common inside ordinary words ("li" in "application"); from this length on a
// password that contains the username is refused, not only one equal to it.
const USERNAME_CONTAINED_FROM = 4;

// The most used passwords of at least PASSWORD_MIN characters, from the public leak lists
// (international and Chinese), lower-cased. Shorter ones already fail on length.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '0123456789', '0987654321', '1234567890', '12345678910', '123456789012', '1234567890a', '1234512345',
  '1111111111', '0000000000', '000000000000', '111111111111', '123123123123', '1231231231', '1212121212',
  '1357924680', '1472583690', '147258369a', '9876543210', '5201314520', '1314520520', '5211314520',
  'a1234567890', 'a123456789', 'a12345678910', 'aa12345678', 'aaa1234567', 'abc1234567', 'abc123456789',
  'abcd123456', 'abcd1234567', 'abcdefghij', 'aaaaaaaaaa', 'qwe1234567', 'qwe123456789', 'asd1234567',
  'zxc1234567', 'qq123456789', 'qq1234567890', 'qwer123456', 'qwert12345', 'qwertyuiop', 'qwertyuiop123',
  'asdfghjkl1', 'asdfghjkl;', 'zxcvbnm123', '1qaz2wsx3edc', '1qaz2wsx3e', '1q2w3e4r5t', '1q2w3e4r5t6y',
  'q1w2e3r4t5', 'q1w2e3r4t5y6', 'password12', 'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123',
  'p@ssword123', 'admin12345', 'admin123456', 'administrator', 'iloveyou123', 'welcome123', 'letmein123',
  'changeme123', 'football123', 'sunshine123', 'princess123', 'superman123', 'dragon1234', 'monkey1234',
  'shadow1234', 'master1234', 'woaini1314', 'woaini520520', 'woaini5201314', 'aini1314520', 'woaini123456',
  'wang123456', 'zhang123456', 'li123456789', 'liu123456789', 'chen123456', 'zhongguo123', 'china12345',
  'china123456', 'beijing2008', 'shanghai123', 'huawei123456', 'baidu123456', 'dianxin123', 'dianxin123456',
  'chinanet123', 'tianyi123456', 'zhangwei123', 'wangwei123', 'xiaoming123', 'nihao123456',
]);

/** Why `password` may not be used by `username`, in Chinese; undefined when it may. */
export function passwordProblem(password: unknown, username: string, label: string): string | undefined {
  if (typeof password !== 'string' || password === '') return `请填写${label}`;
  const length = textLength(password);
  if (length < PASSWORD_MIN) return `${label}至少需要 ${PASSWORD_MIN} 个字符`;
  if (length > PASSWORD_MAX) return `${label}不能超过 ${PASSWORD_MAX} 个字符`;
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || new Set(folded).size === 1) return `${label}太常见，很容易被猜中，请换一个`;
  const name = usernameKey(username);
  if (name !== '' && (folded === name || (name.length >= USERNAME_CONTAINED_FROM && folded.includes(name)))) {
    return `${label}不能包含登录名`;
  }
  return undefined;
}

/** The password as given (never trimmed: every character counts); a problem is recorded on `field`. */
export function checkPassword(checks: FieldChecks, field: string, password: unknown, username: string, label: string): string {
  const problem = passwordProblem(password, username, label);
  if (problem !== undefined) checks.add(field, problem);
  return typeof password === 'string' ? password : '';
}
