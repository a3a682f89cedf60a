// 首页's states, with the api answering through a stand-in fetch: the figures, a refusal said in
// Chinese with 重试, and the retry that then shows the figures.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../providers';
import { HomeRoute } from './home';

const section = {
  year: 2023,
  charity: { relief: { personTimes: 77, amount: '27500.00' }, donatedTotal: '41620.00', campaigns: [{ campaignId: 'c1', name: '2023年爱心一日捐', amount: '41620.00', donorCount: 358, unionCount: 7 }] },
  volunteering: {
    // No programmes: the chart shows its empty state instead of loading ECharts, which jsdom cannot draw.
    activities: { count: 0, personTimes: 0, volunteerHours: '0', byProgram: [] },
    examSentinel: { exams: 53, sites: 40, supports: 184 },
    agreements: { signed: 2, active: 2, partners: 6 },
    booths: { booths: 2, sessions: 14, peopleServed: 325 },
  },
};

const EMPTY_EXTRAS = {
  sinceEdition: null,
  donationCampaigns: [],
  booths: [],
  orgUnits: [],
  volunteerActivityMonths: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: 0, personTimes: 0 })),
};

const realFetch = globalThis.fetch;
let answers: unknown[];
let requests: { year: unknown }[];

beforeEach(() => {
  requests = [];
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: { year: unknown } };
    // 首页's other cards (editions, to-do, charts) ask their own questions: answered as a year without any.
    if (!query.includes('query HomeSection(')) return { json: async () => ({ data: EMPTY_EXTRAS }) } as Response;
    requests.push(variables);
    const body = answers.shift();
    return { json: async () => body } as Response;
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

function renderHome(url: string) {
  render(
    <AppProviders>
      <MemoryRouter initialEntries={[url]}>
        <HomeRoute />
      </MemoryRouter>
    </AppProviders>,
  );
}

it('asks for the year in the URL and shows its figures on the cards', async () => {
  answers = [{ data: { communityResponsibility: section } }];
  renderHome('/?year=2023');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('2023年社区责任概览');
  expect(screen.getByRole('status').textContent).toContain('正在加载');
  const cards = await screen.findByRole('list', { name: '主要数据' });
  expect(requests).toEqual([{ year: 2023, orgUnitId: null }]);
  const relief = within(cards).getByRole('heading', { name: '帮困' }).closest('[role="listitem"]') as HTMLElement;
  expect(within(relief).getByText('帮困金额').nextElementSibling?.textContent).toBe('27,500.00 元');
  expect(screen.getAllByText('本年度暂无志愿服务活动').length).toBeGreaterThan(0);
  // The extras say what they found: no edition yet, nothing to do.
  expect((await screen.findByText(/^本年度尚未发布版本/)).textContent).toBe('本年度尚未发布版本。报告定稿时，请在社区责任章节发布。');
  expect(await screen.findByText(/^暂无待办/)).toBeTruthy();
  expect(within(screen.getByText(/^本年度尚未发布版本/)).getByRole('link', { name: '社区责任章节' }).getAttribute('href')).toBe('/report?year=2023');
});

it('says in Chinese why the figures are missing, and 重试 asks again', async () => {
  answers = [{ data: null, errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] }, { data: { communityResponsibility: section } }];
  renderHome('/?year=2023');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('尚未登录或登录已过期');
  expect(alert.textContent).toContain('请重新登录后再试');
  fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
  await screen.findByRole('list', { name: '主要数据' });
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect(requests).toHaveLength(2);
});
