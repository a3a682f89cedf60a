// The 社区责任 report text from hand-built totals: every figure is the one handed in, formatted
// the way the reports print it, and sentences without a figure are left out.
import type { CommunityResponsibilitySection, ProgramTotals } from '../read-model/section.types';
import { formatCount, formatHours, formatYuan, renderCommunityResponsibilityReport, sectionTextAsMarkdown, sectionTextFromMarkdown } from './community-responsibility-report';
import { sectionText } from './section-text';

const EIGHT_SUBDISTRICTS = ['枫林', '湖南', '天平', '斜土', '漕河泾', '田林', '虹梅', '徐家汇'];
const EIGHT_ITEMS = ['电信业务咨询', '反诈骗宣传', '投诉咨询', '图书义卖', '通信网络布线咨询', '套餐解读', '网络技术咨询', '信息安全服务'];

function emptySection(year = 2023): CommunityResponsibilitySection {
  return {
    year,
    charity: { relief: { personTimes: 0, amount: '0.00' }, campaigns: [], donatedTotal: '0.00' },
    volunteering: {
      activities: {
        count: 0,
        personTimes: 0,
        volunteerHours: '0.00',
        sites: 0,
        subdistricts: [],
        serviceItems: [],
        beneficiaries: 0,
        charitySalesCount: 0,
        charitySalesAmount: '0.00',
        byProgram: [],
      },
      agreements: { signed: 0, active: 0, partners: 0 },
      examSentinel: { exams: 0, sites: 0, supports: 0 },
      booths: { booths: 0, sessions: 0, peopleServed: 0, volunteerPersonTimes: 0 },
    },
    b4si: { companyTimeHours: '0.00', ownTimeHours: '0.00', employeeGiving: '0.00', unionRelief: '0.00' },
  };
}

/** A section builder: the empty year with the parts a test cares about replaced. */
function section2023(parts: {
  charity?: Partial<CommunityResponsibilitySection['charity']>;
  activities?: Partial<CommunityResponsibilitySection['volunteering']['activities']>;
  volunteering?: Partial<Omit<CommunityResponsibilitySection['volunteering'], 'activities'>>;
}): CommunityResponsibilitySection {
  const base = emptySection();
  return {
    ...base,
    charity: { ...base.charity, ...parts.charity },
    volunteering: { ...base.volunteering, ...parts.volunteering, activities: { ...base.volunteering.activities, ...parts.activities } },
  };
}

const program = (program: string, count: number, personTimes: number, sites: number): ProgramTotals => ({ program, count, personTimes, sites, subdistricts: [], serviceItems: [] });

describe('renderCommunityResponsibilityReport', () => {
  it('phrases 帮困 and 爱心一日捐 with the report’s own wording and figures', () => {
    const text = renderCommunityResponsibilityReport(
      section2023({
        charity: {
          relief: { personTimes: 77, amount: '27500.00' },
          campaigns: [{ campaignId: 'c1', name: '2023年爱心一日捐', amount: '41620.00', donorCount: 358, unionCount: 7 }],
          donatedTotal: '41620.00',
        },
      }),
    );
    expect(text).toContain('### （1）救灾与慈善捐助');
    expect(text).toContain('全年开展帮困 77 人次，发放帮困金 27,500 元。');
    expect(text).toContain("共收到 7 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人。");
    expect(text).not.toContain('合计'); // one campaign: its amount is the total
    expect(text).not.toContain("'"); // Chinese quotation marks, never ASCII ones
  });

  it('names each campaign and gives the total when there are several; keeps fen when not whole yuan', () => {
    const text = renderCommunityResponsibilityReport(
      section2023({
        charity: {
          campaigns: [
            { campaignId: 'c1', name: '2023年爱心一日捐', amount: '41620.00', donorCount: 358, unionCount: 7 },
            { campaignId: 'c2', name: '台风灾区专项捐', amount: '1280.50', donorCount: 12, unionCount: 1 },
            { campaignId: 'c3', name: '年末慰问捐', amount: '0.00', donorCount: 0, unionCount: 0 },
          ],
          donatedTotal: '42900.50',
        },
      }),
    );
    expect(text).toContain("「2023年爱心一日捐」共收到 7 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人。");
    expect(text).toContain("「台风灾区专项捐」共收到 1 个部门工会的“爱心一日捐”善款 1,280.50 元，捐款人数 12 人。");
    expect(text).toContain('「年末慰问捐」已发起，暂未收到部门工会善款。');
    expect(text).toContain('全年慈善捐款合计 42,900.50 元。');
    expect(text).not.toContain('帮困'); // no relief this year: no relief sentence
  });

  it('phrases 学雷锋 alone in one paragraph: sites, 人次, 街道 listed with 、, items and the 义卖', () => {
    const text = renderCommunityResponsibilityReport(
      section2023({
        activities: {
          count: 12,
          personTimes: 43,
          sites: 12,
          subdistricts: EIGHT_SUBDISTRICTS,
          serviceItems: EIGHT_ITEMS,
          charitySalesCount: 28,
          charitySalesAmount: '1280.50',
          byProgram: [program('LEI_FENG', 12, 43, 12)],
        },
      }),
    );
    expect(text).toContain(
      `**学雷锋**：开展学雷锋志愿服务活动 12 场，在 12 个站点参与志愿服务 43 人次，覆盖枫林、湖南、天平、斜土、漕河泾、田林、虹梅、徐家汇 8 个街道，` +
        `服务项目包括${EIGHT_ITEMS.join('、')}等 8 项。开展爱心义卖 28 笔，义卖金额 1,280.50 元。`,
    );
    expect(text).not.toContain('志愿服务时长'); // no hours recorded
    expect(text).not.toContain('服务群众');
  });

  it('gives the year’s activities, then 学雷锋 and the other programs, when there is more than 学雷锋', () => {
    const text = renderCommunityResponsibilityReport(
      section2023({
        activities: {
          count: 118,
          personTimes: 300,
          volunteerHours: '612.50',
          sites: 15,
          subdistricts: ['徐家汇', '枫林'],
          serviceItems: ['反诈骗宣传'],
          beneficiaries: 2345,
          byProgram: [program('LEI_FENG', 12, 43, 12), program('COMMUNITY_SERVICE', 104, 250, 2), program('DIGITAL_INCLUSION', 2, 7, 1)],
        },
      }),
    );
    expect(text).toContain(
      '**志愿服务活动**：全年共开展志愿服务活动 118 场，参与志愿者 300 人次，志愿服务时长 612.5 小时，服务群众 2,345 人次，覆盖徐家汇、枫林 2 个街道，服务项目包括反诈骗宣传等 1 项。',
    );
    expect(text).toContain('**学雷锋**：开展学雷锋志愿服务活动 12 场，在 12 个站点参与志愿服务 43 人次。');
    expect(text).toContain('**其他志愿服务**：社区志愿服务 104 场、250 人次；数字助老（智能手机）培训 2 场、7 人次。');
    expect(text).not.toContain('义卖');
  });

  it('phrases 考务哨兵, 党建翼联 and Hello老友亭', () => {
    const text = renderCommunityResponsibilityReport(
      section2023({
        volunteering: {
          examSentinel: { exams: 54, sites: 40, supports: 184 },
          agreements: { signed: 2, active: 3, partners: 8 },
          booths: { booths: 2, sessions: 13, peopleServed: 1234, volunteerPersonTimes: 30 },
        },
      }),
    );
    expect(text).toContain('**考务哨兵**：参与区教育局考务哨兵志愿服务，保障考试 54 场，覆盖考点 40 个，累计保障 184 人次。');
    expect(text).toContain('**党建翼联**：全年新签党建翼联共建协议 2 份，在册有效共建协议 3 份，共建单位 8 家。');
    expect(text).toContain('**Hello老友亭**：依托 Hello老友亭、雷锋亭等便民服务亭 2 个，全年开展服务 13 次，志愿者值守 30 人次，服务群众 1,234 人次。');
  });

  it('leaves out what has no figure: agreements still active but none signed, no exam or booth work', () => {
    const text = renderCommunityResponsibilityReport(section2023({ volunteering: { agreements: { signed: 0, active: 1, partners: 4 } } }));
    expect(text).toContain('**党建翼联**：在册有效共建协议 1 份，共建单位 4 家。');
    expect(text).not.toMatch(/新签|考务哨兵|老友亭|学雷锋/);
  });

  it('says so gracefully for a year with nothing recorded, and names the org unit in the heading', () => {
    const text = renderCommunityResponsibilityReport(emptySection(2024), { orgUnitName: '康健支局' });
    expect(text).toBe(
      ['## 康健支局 2024 年度社区责任', '', '### （1）救灾与慈善捐助', '', '本年度暂无帮困和慈善捐助记录。', '', '### （2）志愿服务', '', '本年度暂无志愿服务记录。', ''].join('\n'),
    );
    expect(renderCommunityResponsibilityReport(emptySection(2024)).split('\n')[0]).toBe('## 2024 年度社区责任');
    expect(text).not.toMatch(/\b0 /); // no "0 人次" sentences
  });
});

describe('the figures table under the text', () => {
  it('lists every figure the paragraphs give, and only those', () => {
    const text = renderCommunityResponsibilityReport(
      section2023({
        charity: {
          relief: { personTimes: 77, amount: '27500.00' },
          campaigns: [{ campaignId: 'c1', name: '2023年爱心一日捐', amount: '41620.00', donorCount: 358, unionCount: 7 }],
          donatedTotal: '41620.00',
        },
        volunteering: { examSentinel: { exams: 54, sites: 40, supports: 184 } },
      }),
    );
    const table = text.slice(text.indexOf('### 主要数据'));
    expect(table.split('\n').slice(2, 4)).toEqual(['| 项目 | 指标 | 数值 |', '| --- | --- | --- |']);
    expect(table).toContain('| 帮困 | 帮困金（元） | 27,500 |');
    expect(table).toContain('| “爱心一日捐” | 捐款人数（人） | 358 |');
    expect(table).toContain('| 考务哨兵 | 累计保障（人次） | 184 |');
    expect(table).not.toMatch(/党建翼联|老友亭|志愿服务活动/);
    const prose = text.slice(0, text.indexOf('### 主要数据'));
    for (const figure of table.matchAll(/\| ([\d,.]+) \|/g)) expect(prose).toContain(` ${figure[1]} `);
  });

  it('is left out of a year without figures', () => {
    expect(renderCommunityResponsibilityReport(emptySection())).not.toContain('主要数据');
  });
});

describe('number formats', () => {
  it('groups thousands and prints yuan without decimals only when whole', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(358)).toBe('358');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatYuan('41620.00')).toBe('41,620');
    expect(formatYuan('27500')).toBe('27,500');
    expect(formatYuan('1280.50')).toBe('1,280.50');
    expect(formatYuan('1280.5')).toBe('1,280.50');
    expect(formatYuan('0.05')).toBe('0.05');
    expect(formatYuan('1234567.89')).toBe('1,234,567.89');
    expect(formatHours('37.50')).toBe('37.5');
    expect(formatHours('1200.00')).toBe('1,200');
  });

  it('adds the B4SI paragraph with its four figures, and leaves it out when all are zero', () => {
    const text = renderCommunityResponsibilityReport({
      ...emptySection(),
      b4si: { companyTimeHours: '1234.50', ownTimeHours: '66.00', employeeGiving: '41620.00', unionRelief: '27500.00' },
    });
    expect(text).toContain('### 附：B4SI 口径');
    expect(text).toContain('员工在工作时间参与志愿服务 1,234.5 小时（企业投入）；员工业余时间参与志愿服务 66 小时、员工捐赠（爱心一日捐）41,620 元（撬动投入）；工会帮困 27,500 元。');
    expect(renderCommunityResponsibilityReport(emptySection())).not.toContain('B4SI');
  });
});

describe('the text back from its Markdown (an edition’s Word file)', () => {
  it('is the very text the Markdown was rendered from, for a full year, an empty one and a unit’s', () => {
    const full = section2023({
      charity: { relief: { personTimes: 77, amount: '27500.00' }, donatedTotal: '41620.00', campaigns: [{ campaignId: 'c', name: '2023年爱心一日捐', amount: '41620.00', donorCount: 358, unionCount: 7 }] },
      activities: { count: 13, personTimes: 49, volunteerHours: '150.50', sites: 12, subdistricts: EIGHT_SUBDISTRICTS, serviceItems: EIGHT_ITEMS, charitySalesCount: 28, charitySalesAmount: '1280.50', byProgram: [program('LEI_FENG', 12, 43, 12), program('DIGITAL_INCLUSION', 1, 6, 1)] },
      volunteering: { agreements: { signed: 2, active: 2, partners: 6 }, examSentinel: { exams: 53, sites: 40, supports: 184 }, booths: { booths: 2, sessions: 14, peopleServed: 325, volunteerPersonTimes: 33 } },
    });
    for (const text of [sectionText({ ...full, b4si: { companyTimeHours: '169.00', ownTimeHours: '408.00', employeeGiving: '41620.00', unionRelief: '27500.00' } }), sectionText(emptySection(2024)), sectionText(full, { orgUnitName: '康健支局' })]) {
      expect(sectionTextFromMarkdown(sectionTextAsMarkdown(text))).toEqual(text);
    }
  });

  it('keeps a bar inside a table cell', () => {
    const text = sectionText(section2023({ charity: { relief: { personTimes: 1, amount: '10.00' } } }));
    const barred = { ...text, figures: text.figures.map((f, i) => (i === 0 ? { ...f, item: '帮困|救助' } : f)) };
    expect(sectionTextFromMarkdown(sectionTextAsMarkdown(barred)).figures[0]?.item).toBe('帮困|救助');
  });
});
