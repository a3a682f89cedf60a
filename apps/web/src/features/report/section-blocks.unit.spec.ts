import { sectionBlocks } from './section-blocks';

const MARKDOWN = `## 2023 年度社区责任

### （1）救灾与慈善捐助

**帮困**：全年开展帮困 77 人次，发放帮困金 27,500 元。

**爱心一日捐**：共收到 7 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人。

### 主要数据

| 项目 | 指标 | 数值 |
| --- | --- | --- |
| 帮困 | 人次 | 77 |
| 义卖\\|捐赠 | 金额（元） | 1,280.50 |
`;

describe('the section text as blocks', () => {
  it('turns headings, bold leads and the figures table into blocks without Markdown markers', () => {
    expect(sectionBlocks(MARKDOWN)).toEqual([
      { type: 'heading', level: 2, text: '2023 年度社区责任' },
      { type: 'heading', level: 3, text: '（1）救灾与慈善捐助' },
      { type: 'paragraph', runs: [{ text: '帮困', bold: true }, { text: '：全年开展帮困 77 人次，发放帮困金 27,500 元。', bold: false }] },
      {
        type: 'paragraph',
        runs: [{ text: '爱心一日捐', bold: true }, { text: '：共收到 7 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人。', bold: false }],
      },
      { type: 'heading', level: 3, text: '主要数据' },
      {
        type: 'table',
        header: ['项目', '指标', '数值'],
        rows: [
          ['帮困', '人次', '77'],
          ['义卖|捐赠', '金额（元）', '1,280.50'],
        ],
      },
    ]);
  });

  it('keeps a paragraph without a lead as one plain run, and nothing of an empty text', () => {
    expect(sectionBlocks('全年无记录。\n')).toEqual([{ type: 'paragraph', runs: [{ text: '全年无记录。', bold: false }] }]);
    expect(sectionBlocks('\n\n')).toEqual([]);
  });
});
