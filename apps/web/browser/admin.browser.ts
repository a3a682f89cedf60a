// The ADMIN's pages in a real browser: accounts (a new person signs in, sees only their menu, is
// cut off on their next request, and is let back in), the org chart (register, rename, retire),
// the 街道 list (a recorder's record naming another 街道 is then refused) and the rebuild.
import type { Browser, Page } from '@playwright/test';
import { account, DESKTOP, expect, expectAccessible, expectNoSidewaysScroll, PHONE, saveScreenshot, signedInAs, test } from './support';

test.use(signedInAs('admin'));

/** Screenshots at both sizes (a dialog: the window alone), with no sideways scrolling, then the axe check. */
async function lookAt(page: Page, name: string, options: { readonly dialog?: boolean } = {}): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await saveScreenshot(page, name, { fullPage: !options.dialog });
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page);
}

/** A browser of the person's own, on their phone: none of the admin's session (the file's storageState would apply otherwise). */
async function personsBrowser(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('登录名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // Each attempt's answer is awaited, and the form idle again, so that the next one is not typed over a pending one.
  const answered = page.waitForResponse((response) => response.request().postData()?.includes('mutation SignIn') === true);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await answered;
  await expect(page.locator('button[aria-busy="true"]')).toHaveCount(0);
}

async function firstPassword(page: Page, oneTime: string, own: string): Promise<void> {
  await page.getByLabel('一次性密码').fill(oneTime);
  await page.getByLabel('新密码', { exact: true }).fill(own);
  await page.getByLabel('再次输入新密码').fill(own);
  await page.getByRole('button', { name: '设置新密码' }).click();
}

/** The row (desktop) of an account in the list. */
const accountRow = (page: Page, username: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: username, exact: true }) });

/** Picks units in a dialog's tree-select by their titles, then closes its list (a click on the dialog's title). */
async function pickUnits(page: Page, dialog: string, field: string, titles: readonly string[]): Promise<void> {
  const within = page.getByRole('dialog', { name: dialog });
  await within.getByLabel(field).click();
  for (const title of titles) await page.locator('.ant-select-tree').getByTitle(title, { exact: true }).click();
  await within.getByText(dialog, { exact: true }).click();
  await expect(page.locator('.ant-select-tree')).toBeHidden();
}

test('the admin creates an account that signs in, sees only its menu, feels a change of roles at once, is cut off when disabled and let back in when enabled', async ({ page, browser, baseURL }) => {
  await page.goto('/admin/accounts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('账号');
  await expect(accountRow(page, account('recorder').username)).toContainText('公客综合党支部');
  await lookAt(page, 'accounts');

  await page.getByRole('button', { name: '新建账号' }).click();
  const dialog = page.getByRole('dialog', { name: '新建账号' });
  await dialog.getByRole('button', { name: '创建账号' }).click();
  await expect(dialog).toContainText('请填写登录名');
  await expect(dialog).toContainText('请填写姓名');
  await expect(dialog).toContainText('请至少选择一个角色');
  await dialog.getByLabel('登录名').fill(account('recorder').username.toUpperCase());
  await dialog.getByLabel('姓名').fill('赵六');
  await dialog.getByRole('checkbox', { name: '记录员' }).check();
  await dialog.getByRole('button', { name: '创建账号' }).click();
  await expect(dialog).toContainText('记录员须至少指定一个所属组织');
  await pickUnits(page, '新建账号', '所属组织', ['康健支局（支局）']);
  await lookAt(page, 'accounts-create', { dialog: true });
  // The server alone knows the login is taken (usernames are unique without regard to case).
  await dialog.getByRole('button', { name: '创建账号' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(`登录名“${account('recorder').username.toUpperCase()}”已被使用，请换一个`);

  await dialog.getByLabel('登录名').fill('zhao.liu');
  await dialog.getByRole('button', { name: '创建账号' }).click();
  const notice = page.getByRole('dialog', { name: '账号已创建' });
  await expect(notice).toContainText('这个密码只显示这一次');
  const oneTimePassword = (await notice.getByTestId('one-time-password').innerText()).trim();
  expect(oneTimePassword).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);
  await lookAt(page, 'accounts-one-time-password', { dialog: true });
  await notice.getByRole('button', { name: '我已记下' }).click();
  await expect(accountRow(page, 'zhao.liu')).toContainText('赵六');
  await expect(accountRow(page, 'zhao.liu')).toContainText('康健支局');
  await expect(accountRow(page, 'zhao.liu')).toContainText('待本人设置密码');

  // The person, on their phone: the first sign-in, then only what a 记录员 may open.
  const person = await personsBrowser(browser, baseURL);
  await person.goto('/');
  await signIn(person, 'zhao.liu', oneTimePassword);
  await firstPassword(person, oneTimePassword, 'zhao-liu-own-2024');
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('首页');
  await expect(person.getByText('赵六，您好。您的角色：记录员。')).toBeVisible();
  await person.getByRole('button', { name: '打开菜单' }).click();
  await expect(person.getByRole('navigation', { name: '主菜单' }).getByRole('link')).toHaveText(['首页']);
  await person.getByRole('button', { name: '收起菜单' }).click();
  await person.getByRole('button', { name: '账号：赵六' }).click();
  await expect(person.getByRole('menu')).toContainText('组织：康健支局');
  await person.getByRole('button', { name: '账号：赵六' }).click();
  await expect(person.getByRole('menu')).toBeHidden();
  await lookAt(person, 'welcome');
  await person.goto('/admin/accounts');
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('没有权限');
  await lookAt(person, 'no-permission');

  // The admin adds 报告汇编: the person's next request reads the totals.
  await accountRow(page, 'zhao.liu').getByRole('button', { name: '修改 zhao.liu' }).click();
  const edit = page.getByRole('dialog', { name: /^修改账号：赵六/ });
  await edit.getByRole('checkbox', { name: '报告汇编' }).check();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toHaveCount(0);
  await expect(accountRow(page, 'zhao.liu')).toContainText('报告汇编');
  await person.goto('/?year=2023');
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('2023年社区责任概览');

  // Disabled: the open session is thrown out on its next request, with a word on why.
  await accountRow(page, 'zhao.liu').getByRole('button', { name: '停用 zhao.liu' }).click();
  const disable = page.getByRole('dialog', { name: /^停用账号：赵六/ });
  await disable.getByRole('button', { name: '确认停用' }).click();
  await expect(disable).toContainText('请填写停用原因');
  await disable.getByLabel('停用原因').fill('已调离本单位');
  await lookAt(page, 'accounts-disable', { dialog: true });
  await disable.getByRole('button', { name: '确认停用' }).click();
  await expect(disable).toHaveCount(0);
  await expect(accountRow(page, 'zhao.liu')).toContainText('已停用');
  await expect(accountRow(page, 'zhao.liu').getByRole('button')).toHaveText(['恢复使用']);

  await person.getByRole('combobox', { name: '年度' }).click();
  await person.getByRole('option', { name: '2024年' }).click();
  await expect(person).toHaveURL(/\/sign-in\?from=%2F%3Fyear%3D2024&expired=1$/);
  await expect(person.getByRole('status')).toContainText('登录已失效，请重新登录');
  await lookAt(person, 'sign-in-expired');
  await signIn(person, 'zhao.liu', 'zhao-liu-own-2024');
  await expect(person.getByRole('alert')).toContainText('可能是账号已停用');

  // Enabled again: the same password lets the person in, with the roles they had.
  await accountRow(page, 'zhao.liu').getByRole('button', { name: '恢复使用 zhao.liu' }).click();
  const enable = page.getByRole('dialog', { name: /^恢复使用：赵六/ });
  await expect(enable).toContainText('角色、所属组织和密码都与停用前相同');
  // The same dialog as 停用's, which lookAt checked with axe: a screenshot is enough, and keeps this long journey inside its minute.
  await saveScreenshot(page, 'accounts-enable', { fullPage: false });
  await enable.getByRole('button', { name: '恢复使用' }).click();
  await expect(enable).toHaveCount(0);
  await expect(accountRow(page, 'zhao.liu')).toContainText('在用');
  await signIn(person, 'zhao.liu', 'zhao-liu-own-2024');
  // Back on the page they were sent away from.
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('2024年社区责任概览');
  await person.context().close();
});

test('the admin resets a password: the new one-time password is shown once and the person’s sessions end', async ({ page, browser, baseURL }) => {
  // A person of this test's own, given an account over the API as any ADMIN client could.
  const created = await page.request.post('/graphql', {
    data: {
      query: 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
      variables: { input: { username: 'qian.qi', displayName: '钱七', roles: ['TREASURER'], orgUnitIds: account('treasurer').orgUnitIds, password: 'Qm4vT8kWz2PcnH6d' } },
    },
  });
  expect(((await created.json()) as { errors?: unknown }).errors).toBeUndefined();
  const person = await personsBrowser(browser, baseURL);
  await person.goto('/');
  await signIn(person, 'qian.qi', 'Qm4vT8kWz2PcnH6d');
  await firstPassword(person, 'Qm4vT8kWz2PcnH6d', 'qian-qi-own-2024');
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('首页');

  await page.setViewportSize(PHONE);
  await page.goto('/admin/accounts');
  // On a phone the list is cards, with the same actions.
  const card = page.getByRole('listitem').filter({ hasText: '钱七（qian.qi）' });
  await card.getByRole('button', { name: '重置 qian.qi 的密码' }).click();
  const reset = page.getByRole('dialog', { name: /^重置密码：/ });
  await expect(reset).toContainText('本人现有的登录会立即结束');
  await reset.getByRole('button', { name: '重置密码' }).click();
  const notice = page.getByRole('dialog', { name: '密码已重置' });
  const oneTimePassword = (await notice.getByTestId('one-time-password').innerText()).trim();
  expect(oneTimePassword).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);
  await notice.getByRole('button', { name: '我已记下' }).click();
  await expect(card).toContainText('待本人设置密码');

  await person.reload();
  await expect(person).toHaveURL(/\/sign-in/);
  await signIn(person, 'qian.qi', 'qian-qi-own-2024');
  await expect(person.getByRole('alert')).toContainText('登录名或密码不正确');
  await signIn(person, 'qian.qi', oneTimePassword);
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('设置新密码');
  await person.context().close();
});

test('组织架构: the admin registers a unit, renames it and retires it with a reason; retired units stay in the tree, greyed', async ({ page }) => {
  await page.goto('/admin/org-chart');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('组织架构');
  const tree = page.getByRole('tree');
  await expect(tree).toContainText('康健支局');
  await lookAt(page, 'org-chart');

  await tree.getByText('南区局', { exact: true }).click();
  await page.getByRole('button', { name: '新建下级组织' }).click();
  const register = page.getByRole('dialog', { name: '新建组织' });
  await register.getByRole('button', { name: '新建' }).click();
  await expect(register).toContainText('请填写组织名称');
  await expect(register).toContainText('请选择组织类型');
  await register.getByLabel('组织名称').fill('枫林志愿服务小组');
  await register.getByLabel('组织类型').click();
  await page.locator('.ant-select-dropdown').getByTitle('工作室', { exact: true }).click();
  await expect(register.getByLabel('组织类型').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('工作室');
  await lookAt(page, 'org-chart-register', { dialog: true });
  await register.getByRole('button', { name: '新建' }).click();
  await expect(register).toHaveCount(0);
  await expect(tree).toContainText('枫林志愿服务小组');

  // The new unit is selected, its details beside the tree. A sibling's name is the server's refusal, said in the dialog.
  await expect(page.getByRole('heading', { level: 2, name: '枫林志愿服务小组' })).toBeVisible();
  await page.getByRole('button', { name: '改名' }).click();
  const rename = page.getByRole('dialog', { name: '给“枫林志愿服务小组”改名' });
  await rename.getByLabel('新名称').fill('南区局志愿服务工作室');
  await rename.getByRole('button', { name: '改名' }).click();
  await expect(rename.getByRole('alert')).toHaveText('同一级已有名为“南区局志愿服务工作室”的组织');
  await rename.getByLabel('新名称').fill('枫林志愿服务队');
  await rename.getByRole('button', { name: '改名' }).click();
  await expect(rename).toHaveCount(0);
  await expect(tree).toContainText('枫林志愿服务队');
  await expect(page.getByRole('heading', { level: 2, name: '枫林志愿服务队' })).toBeVisible();

  await page.getByRole('button', { name: '撤销' }).click();
  const retire = page.getByRole('dialog', { name: '撤销“枫林志愿服务队”' });
  await expect(retire).toContainText('撤销后不能恢复');
  await retire.getByLabel('撤销原因').fill('并入南区局志愿服务工作室');
  await lookAt(page, 'org-chart-retire', { dialog: true });
  await retire.getByRole('button', { name: '确认撤销' }).click();
  await expect(retire).toHaveCount(0);
  await expect(page.getByText(/^已撤销（\d{4}年\d{1,2}月\d{1,2}日）$/)).toBeVisible();
  const retiredNode = tree.getByRole('treeitem').filter({ hasText: '枫林志愿服务队' });
  await expect(retiredNode).toContainText('已撤销');
  await expect(page.getByRole('button', { name: '改名' })).toHaveCount(0);
  await lookAt(page, 'org-chart-retired');

  // A unit with live units under it cannot be retired; the page says why before the server has to.
  await tree.getByText('公众客户部', { exact: true }).click();
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  await expect(page.getByText(/须先撤销它们才能撤销本组织/)).toBeVisible();

  const { data } = (await (await page.request.post('/graphql', { data: { query: '{ orgUnits { id name retired } }' } })).json()) as { data: { orgUnits: { id: string; name: string; retired: boolean }[] } };
  const unit = data.orgUnits.find((u) => u.name === '枫林志愿服务队');
  expect(unit?.retired).toBe(true);
  const history = (await (await page.request.post('/graphql', { data: { query: 'query ($id: ID!) { recordHistory(id: $id) { type recordedBy data } }', variables: { id: unit?.id } } })).json()) as {
    data: { recordHistory: { type: string; recordedBy: string; data: { name?: string; reason?: string } }[] };
  };
  expect(history.data.recordHistory.map((event) => [event.type, event.recordedBy, event.data.name ?? event.data.reason])).toEqual([
    ['OrgUnitRegistered', account('admin').username, '枫林志愿服务小组'],
    ['OrgUnitRenamed', account('admin').username, '枫林志愿服务队'],
    ['OrgUnitRetired', account('admin').username, '并入南区局志愿服务工作室'],
  ]);
});

const SET_SUBDISTRICTS = 'mutation ($names: [String!]!) { setSubdistricts(input: { names: $names }) { subdistricts { kept names } } }';

test('街道名单: the admin keeps the 街道 people already wrote, adds, renames and removes; a recorder’s record naming another 街道 is then refused', async ({ page, playwright, baseURL }) => {
  try {
    await page.goto('/admin/subdistricts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('街道名单');
    await expect(page.getByRole('note')).toContainText('还没有街道名单');
    // The demo's records name the 8 街道 of the 学雷锋 days and more: the page offers them for the first list.
    await expect(page.getByText(/^记录中已填写的街道：/)).toContainText('枫林');
    await page.getByRole('button', { name: '加入名单' }).click();
    const add = page.getByRole('dialog', { name: '添加街道' });
    const entry = add.getByLabel('街道名称');
    const used = await entry.inputValue();
    expect(used.split('、')).toEqual(expect.arrayContaining(['枫林', '湖南', '天平', '斜土', '漕河泾', '田林', '虹梅', '徐家汇']));
    await entry.fill(`${used}、枫林街道`);
    await add.getByRole('button', { name: '添加' }).click();
    await expect(add).toContainText('“枫林街道”与“枫林”是同一个街道，只填一次');
    await entry.fill(`${used}、华泾镇`);
    await lookAt(page, 'subdistricts-add', { dialog: true });
    await add.getByRole('button', { name: '添加' }).click();
    await expect(add).toHaveCount(0);
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await expect(row('华泾')).toContainText('尚无记录');
    await expect(row('枫林')).toContainText('已有记录填写');
    await expect(page.getByRole('note')).toHaveCount(0);
    await lookAt(page, 'subdistricts');
    // On a phone the list is cards: axe reads those too.
    await page.setViewportSize(PHONE);
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);

    // A rename is a removal and an addition in one change.
    await row('华泾').getByRole('button', { name: '为 华泾 改名' }).click();
    const rename = page.getByRole('dialog', { name: '街道改名：华泾' });
    await rename.getByLabel('新名称').fill('华泾镇');
    await rename.getByRole('button', { name: '保存' }).click();
    await expect(rename).toContainText('新名称与原名称相同');
    await rename.getByLabel('新名称').fill('长桥街道');
    await rename.getByRole('button', { name: '保存' }).click();
    await expect(rename).toHaveCount(0);
    await expect(row('长桥')).toBeVisible();
    await expect(row('华泾')).toHaveCount(0);

    // Removing a name records still use asks twice as loudly; the admin thinks better of it.
    await row('枫林').getByRole('button', { name: '移除 枫林' }).click();
    const removeUsed = page.getByRole('dialog', { name: '移除街道：枫林' });
    await expect(removeUsed).toContainText('已有记录填写了“枫林”，确定要移除吗？');
    await lookAt(page, 'subdistricts-remove', { dialog: true });
    await removeUsed.getByRole('button', { name: '取消' }).click();
    await row('长桥').getByRole('button', { name: '移除 长桥' }).click();
    const remove = page.getByRole('dialog', { name: '移除街道：长桥' });
    await expect(remove).toContainText('确定要从名单中移除“长桥”吗？');
    await remove.getByRole('button', { name: '确认移除' }).click();
    await expect(remove).toHaveCount(0);
    await expect(row('长桥')).toHaveCount(0);

    const { data } = (await (await page.request.post('/graphql', { data: { query: '{ subdistricts { kept names } }' } })).json()) as { data: { subdistricts: { kept: boolean; names: string[] } } };
    expect(data.subdistricts).toEqual({ kept: true, names: used.split('、') });
    await expect(page.getByRole('row')).toHaveCount(1 + data.subdistricts.names.length);

    // The recorder, in their own session: a 街道 off the list is refused, in Chinese, naming the field, and nothing is written.
    const recorder = await playwright.request.newContext({ baseURL, storageState: account('recorder').storageState });
    const refused = await recorder.post('/graphql', {
      data: {
        query: 'mutation ($input: RecordVolunteerActivityInput!) { recordVolunteerActivity(input: $input) { activity { id } } }',
        variables: {
          input: { organizerId: account('recorder').orgUnitIds[0], program: 'LEI_FENG', title: '学雷锋志愿服务日', startDate: '2023-03-05', subdistrict: '长桥街道', site: '长桥营业厅', serviceItems: ['反诈骗宣传'], personTimes: 3 },
        },
      },
    });
    const answer = (await refused.json()) as { data: unknown; errors?: { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.extensions?.fields).toEqual([{ field: 'subdistrict', message: `街道“长桥”不在本局服务的街道名单中，请填写以下之一：${data.subdistricts.names.join('、')}` }]);
    await recorder.dispose();
  } finally {
    // The other journeys record on the demo as it was: no list kept.
    await page.request.post('/graphql', { data: { query: SET_SUBDISTRICTS, variables: { names: [] } } });
  }
});

test('数据处理: the rebuild asks first, shows its progress, and the projection is back to 运行中 and caught up', async ({ page }) => {
  await page.goto('/admin/projections');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据处理');
  await expect(page.getByText('运行中')).toBeVisible();
  await lookAt(page, 'projections');

  // The answer is held back a moment, as a slow network would: the progress the page shows meanwhile is what is tested.
  await page.route('**/graphql', async (route) => {
    if (!route.request().postData()?.includes('RebuildProjections')) return route.fallback();
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return route.fulfill({ response });
  });
  await page.getByRole('button', { name: '重建统计数据' }).click();
  const confirm = page.getByRole('dialog', { name: '重建统计数据' });
  await expect(confirm).toContainText('确定要从头重建吗？');
  await lookAt(page, 'projections-confirm', { dialog: true });
  await confirm.getByRole('button', { name: '开始重建' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在重建' })).toBeVisible();
  await expect(page.getByRole('button', { name: '正在重建…' })).toBeDisabled();
  await saveScreenshot(page, 'projections-rebuilding');

  await expect(page.getByText(/^重建完成：共处理 [\d,]+ 条事件，用时 [\d.]+ 秒。$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: '重建统计数据' })).toBeEnabled();
  await expect(page.getByText('运行中')).toBeVisible();
  await expect(page.getByText('已是最新')).toBeVisible();
});
