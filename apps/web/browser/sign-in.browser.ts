// 登录, the first password change, 修改密码 and 退出 in a real browser, against the real sessions.
import type { Page } from '@playwright/test';
import { account, DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, SIGNED_OUT, signedInAs, test } from './support';

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('登录名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // Each attempt's answer is awaited, and the form idle again, so that the next one is not typed over a pending one.
  const answered = page.waitForResponse((response) => response.request().postData()?.includes('mutation SignIn') === true);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await answered;
  await expect(page.locator('button[aria-busy="true"]')).toHaveCount(0);
}

test.describe('before signing in', () => {
  test.use(SIGNED_OUT);

  test('the first sign-in with a one-time password asks for a password of one’s own before anything else, then goes where the person was headed', async ({ page }) => {
    const first = account('firstSignIn');
    await page.setViewportSize(PHONE);
    await page.goto('/admin/accounts');
    await expect(page).toHaveURL(/\/sign-in\?from=%2Fadmin%2Faccounts$/);
    await expect(page).toHaveTitle('登录 · 社区责任台账');
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'sign-in');
    }
    await expectAccessible(page);

    // The form says what the server would, before sending.
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByText('请填写登录名')).toBeVisible();
    await expect(page.getByText('请填写密码')).toBeVisible();
    await page.getByLabel('登录名').fill('孙 强');
    await expect(page.getByText('登录名只能包含英文字母、数字和 . _ - 三个符号')).toBeVisible();

    await signIn(page, first.username, first.oneTimePassword);
    await expect(page).toHaveURL(/\/change-password\?from=%2Fadmin%2Faccounts$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置新密码');
    await expect(page.getByText(`${first.displayName}，您好`)).toBeVisible();
    // Nothing else opens until the password is the person's own.
    await page.goto('/admin/org-chart');
    await expect(page).toHaveURL(/\/change-password\?from=%2Fadmin%2Forg-chart$/);

    await page.getByLabel('一次性密码').fill(first.oneTimePassword);
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('再次输入新密码').fill('shorter');
    await page.getByRole('button', { name: '设置新密码' }).click();
    await expect(page.getByText('新密码至少需要 10 个字符')).toBeVisible();
    await expect(page.getByText('两次输入的新密码不一致')).toBeVisible();
    // What only the server knows comes back on its field: a common password.
    await page.getByLabel('新密码', { exact: true }).fill('password123');
    await page.getByLabel('再次输入新密码').fill('password123');
    await page.getByRole('button', { name: '设置新密码' }).click();
    await expect(page.getByText('新密码太常见，很容易被猜中，请换一个')).toBeVisible();
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'change-password-first');
    }
    await expectAccessible(page);

    await page.getByLabel('新密码', { exact: true }).fill(first.password);
    await page.getByLabel('再次输入新密码').fill(first.password);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await expect(page).toHaveURL(/\/admin\/org-chart$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('组织架构');
    await page.getByRole('button', { name: `账号：${first.displayName}` }).click();
    await expect(page.getByRole('menu')).toContainText('管理员');
  });

  test('a wrong password and an unknown username are answered alike; the fifth failure locks sign-in and says until when', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/sign-in');
    const wrong = '登录名或密码不正确。如果确认无误仍无法登录，可能是账号已停用，请联系管理员。';
    await signIn(page, account('treasurer').username, 'not-the-password-1');
    await expect(page.getByRole('alert')).toHaveText(wrong);
    // The password is cleared for the next try; the username stays.
    await expect(page.getByLabel('密码', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('登录名')).toHaveValue(account('treasurer').username);
    await saveScreenshot(page, 'sign-in-refused');

    // The lock counts per username: an unknown one, so that no other test's account is locked.
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, 'nobody.here', `not-the-password-${attempt}`);
      await expect(page.getByRole('alert')).toHaveText(wrong);
    }
    await signIn(page, 'nobody.here', 'not-the-password-5');
    await expect(page.getByRole('alert')).toHaveText(/^登录失败次数过多，已暂停登录，请于 \d{1,2}月\d{1,2}日 \d{2}:\d{2} 之后再试$/);
    await expect(page).toHaveURL(/\/sign-in$/);
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'sign-in-locked');
    }
    await expectAccessible(page);
  });

  test('退出 ends the session on the server: the browser is sent to sign in, and going back shows nothing of it', async ({ page }) => {
    const compiler = account('compiler');
    await page.setViewportSize(PHONE);
    await page.goto('/?year=2023');
    await signIn(page, compiler.username, compiler.password);
    await expect(page.getByRole('list', { name: '主要数据' })).toBeVisible();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'tracker_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    await page.getByRole('button', { name: `账号：${compiler.displayName}` }).click();
    const menu = page.getByRole('menu');
    await expect(menu).toContainText('报告汇编');
    await expect(menu).toContainText('南区局');
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'account-menu');
    await menu.getByRole('menuitem', { name: '退出' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Coming back to the page: nothing of the session is left to show.
    await page.goto('/?year=2023');
    await expect(page).toHaveURL(/\/sign-in\?from=%2F%3Fyear%3D2023$/);
    await expect(page.getByRole('list', { name: '主要数据' })).toHaveCount(0);
    // The old cookie is dead on the server too, not only gone from the browser.
    if (cookie) await page.context().addCookies([cookie]);
    const me = await page.request.post('/graphql', { data: { query: '{ me { username } }' } });
    expect(await me.json()).toEqual({ data: { me: null } });
  });
});

test.describe('signed in', () => {
  test.use(signedInAs('admin'));

  test('修改密码 checks the new password as the server does and puts the server’s refusal on its field', async ({ page }) => {
    await page.goto('/?year=2023');
    await page.getByRole('button', { name: `账号：${account('admin').displayName}` }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page).toHaveTitle('修改密码 · 社区责任台账');

    await page.getByLabel('当前密码').fill('not-my-password-1');
    await page.getByLabel('新密码', { exact: true }).fill(account('admin').username);
    await page.getByLabel('再次输入新密码').fill(account('admin').username);
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.getByText('新密码不能包含登录名')).toBeVisible();

    // A wrong current password is the server's to tell; it lands on that field.
    await page.getByLabel('新密码', { exact: true }).fill('a-fresh-one-2024');
    await page.getByLabel('再次输入新密码').fill('a-fresh-one-2024');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.locator('.ant-form-item').filter({ has: page.getByLabel('当前密码') })).toContainText('当前密码不正确');
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'change-password');
    }
    await expectAccessible(page);
  });
});
