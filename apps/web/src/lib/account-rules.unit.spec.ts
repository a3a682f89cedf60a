import { newPasswordProblem, textLength, usernameProblem } from './account-rules';

describe('a username, as the server checks it', () => {
  it.each(['li.si', 'Wang_Wu-2', '  zhao.liu  ', 'ab'])('takes %j', (username) => {
    expect(usernameProblem(username)).toBeUndefined();
  });

  it.each([
    ['', '请填写登录名'],
    ['   ', '请填写登录名'],
    ['a', '登录名须为 2 至 32 个字符'],
    ['a'.repeat(33), '登录名须为 2 至 32 个字符'],
    ['li si', '登录名只能包含英文字母、数字和 . _ - 三个符号'],
    ['李四', '登录名只能包含英文字母、数字和 . _ - 三个符号'],
    ['li@si', '登录名只能包含英文字母、数字和 . _ - 三个符号'],
  ])('refuses %j: %s', (username, problem) => {
    expect(usernameProblem(username)).toBe(problem);
  });
});

describe('a new password, as the server checks it before what only it knows', () => {
  it('needs 10 characters, counted as the server counts them', () => {
    expect(newPasswordProblem('short-one', 'li.si')).toBe('新密码至少需要 10 个字符');
    expect(textLength('𠀀𠀀𠀀𠀀𠀀')).toBe(5);
    expect(newPasswordProblem('𠀀'.repeat(9), 'li.si')).toBe('新密码至少需要 10 个字符');
    expect(newPasswordProblem('spring-kangjian-2023', 'li.si')).toBeUndefined();
  });

  it('caps it at 128 characters', () => {
    expect(newPasswordProblem('x1'.repeat(65), 'li.si')).toBe('新密码不能超过 128 个字符');
  });

  it('refuses one character repeated, and the username in it (from 4 characters on)', () => {
    expect(newPasswordProblem('aaaaaaaaaaaa', 'li.si')).toBe('新密码太常见，很容易被猜中，请换一个');
    expect(newPasswordProblem('my-zhao.liu-2024', 'Zhao.Liu')).toBe('新密码不能包含登录名');
    expect(newPasswordProblem('li.si', 'li.si')).toBe('新密码至少需要 10 个字符');
    // A short username is common inside ordinary words: only the password equal to it is refused.
    expect(newPasswordProblem('application-2024', 'li')).toBeUndefined();
  });
});
