// The treasurer's client logic in components: a correction sends only what changed, in the api's
// form, and the server's refusal of its reason lands on the field; an upload carries the preflight
// header and the check's problems show by row and column, then the import.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../../../app/providers';
import { CorrectDonationDialog, type CampaignRow, type DonationRow } from './campaign-dialogs';
import { ImportPanel } from './import-panel';

const donation: DonationRow = {
  id: 'd1',
  unionId: 'u1',
  unionPath: ['南区局', '综合部', '综合部工会'],
  amount: '5860.00',
  donorCount: 51,
  receivedOn: '2023-06-12',
  voided: false,
  voidReason: null,
  correctedAt: null,
  recordedBy: 'wang.treasurer',
};
const campaign = { id: 'c1', name: '2023年爱心一日捐', launchedOn: '2023-06-01', donations: [donation] } as unknown as CampaignRow;

// antd in jsdom is slow on a loaded machine; each test renders a whole dialog or panel.
jest.setTimeout(30_000);

const realFetch = globalThis.fetch;
const realRequest = globalThis.XMLHttpRequest;
afterEach(() => {
  globalThis.fetch = realFetch;
  globalThis.XMLHttpRequest = realRequest;
});

it('sends only the corrected amount, without separators, and shows the refusal of its reason on the field', async () => {
  const bodies: { query: string; variables: { input: Record<string, unknown> } }[] = [];
  globalThis.fetch = (async (_url: unknown, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)) as (typeof bodies)[number]);
    return { json: async () => ({ errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: '原因中含有手机号码，请删去' }] } }] }) } as Response;
  }) as typeof fetch;
  render(
    <AppProviders>
      <MemoryRouter>
        <CorrectDonationDialog open onClose={() => undefined} campaign={campaign} donation={donation} />
      </MemoryRouter>
    </AppProviders>,
  );
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('金额'), { target: { value: '5,960.5' } });
  fireEvent.change(within(dialog).getByLabelText('更正原因'), { target: { value: '经办人 13812345678' } });
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '保存更正' })));
  await waitFor(() => expect(within(dialog).getByLabelText('更正原因').closest('.ant-form-item')?.textContent).toContain('原因中含有手机号码，请删去'));
  expect(bodies).toHaveLength(1);
  expect(bodies[0]?.variables.input).toEqual({ campaignId: 'c1', donationId: 'd1', reason: '经办人 13812345678', amount: '5960.5' });
});

/** A stand-in for the browser's XMLHttpRequest: records what was sent, answers what the test says. */
class FakeRequest {
  static sent: { url: string; headers: Record<string, string>; body: FormData }[] = [];
  static answers: { status: number; body: unknown }[] = [];
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  withCredentials = false;
  responseType = '';
  status = 0;
  response: unknown = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private url = '';
  private readonly headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    FakeRequest.sent.push({ url: this.url, headers: this.headers, body });
    const answer = FakeRequest.answers.shift() ?? { status: 0, body: null };
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 10, total: 10 });
      this.status = answer.status;
      this.response = answer.body;
      this.onload?.();
    }, 0);
  }
}

it('checks a sheet with the preflight header, shows its problems by row and column, then imports it', async () => {
  globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
  const report = { dryRun: true, rows: 7, valid: 6, errors: [{ row: 4, column: '金额（元）', message: '金额须大于 0' }], warnings: [], alreadyImported: 0, summary: '共 7 行，其中 1 行有问题，请改正后再导入。没有写入任何记录。' };
  FakeRequest.answers = [
    { status: 200, body: report },
    { status: 200, body: { ...report, errors: [], valid: 7, summary: '共 7 行，全部通过检查。正式导入将写入 7 行。' } },
    { status: 200, body: { ...report, dryRun: false, errors: [], valid: 7, written: 7, summary: '共 7 行，已写入 7 行（不会重复写入）。' } },
  ];
  render(
    <AppProviders>
      <ImportPanel kind="union-donations" campaignId="c1" what="汇款" />
    </AppProviders>,
  );
  const choose = (name: string) => fireEvent.change(screen.getByLabelText('选择要导入的 Excel 文件'), { target: { files: [new File(['x'], name)] } });
  await act(async () => choose('7个部门工会.xlsx'));
  expect(await screen.findByText('共 7 行，其中 1 行有问题，请改正后再导入。没有写入任何记录。')).toBeTruthy();
  const problem = screen.getByRole('table', { name: '有问题的行' });
  expect(within(problem).getByText('第 4 行').closest('tr')?.textContent).toBe('第 4 行金额（元）金额须大于 0');
  expect(FakeRequest.sent[0]).toMatchObject({ url: '/files/imports/union-donations?dryRun=true&campaignId=c1', headers: { 'apollo-require-preflight': '1' } });

  await act(async () => choose('改好的.xlsx'));
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: '正式导入' })));
  expect(await screen.findByText('共 7 行，已写入 7 行（不会重复写入）。')).toBeTruthy();
  expect(FakeRequest.sent[2]).toMatchObject({ url: '/files/imports/union-donations?campaignId=c1' });
  expect((FakeRequest.sent[2]?.body.get('file') as File).name).toBe('改好的.xlsx');
});
