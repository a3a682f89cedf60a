import { passwordProblem } from './password-policy';
import { usernameKey, usernameProblem } from './username';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password that does not contain the username', () => {
    expect(passwordProblem('枫林路营业厅-2023春', 'li.si', '密码')).toBeUndefined();
    expect(passwordProblem('correct horse battery', 'li.si', '密码')).toBeUndefined();
  });

  it('counts characters as people do', () => {
    expect(passwordProblem('枫林路营业厅二〇二三', 'li.si', '密码')).toBeUndefined();
    expect(passwordProblem('枫林路营业厅二〇二', 'li.si', '密码')).toBe('密码至少需要 10 个字符');
  });

  it('names the field in every message', () => {
    for (const password of ['', 'short', 'qwertyuiop', 'my-li.si-pass', 'x'.repeat(129)]) {
      expect(passwordProblem(password, 'li.si', '新密码')).toMatch(/^请填写新密码$|^新密码/);
    }
  });

  it('refuses a short username only when it is the whole password', () => {
    expect(passwordProblem('application-form', 'li', '密码')).toBeUndefined();
  });
});

describe('usernames', () => {
  it('are unique without regard to case or surrounding spaces', () => {
    expect(usernameKey(' Li.Si ')).toBe(usernameKey('li.si'));
  });

  it('take letters, digits, dots, underscores and hyphens', () => {
    expect(usernameProblem('zhang_san-2.b')).toBeUndefined();
    expect(usernameProblem('zhang san')).toBe('登录名只能包含英文字母、数字和 . _ - 三个符号');
  });
});
