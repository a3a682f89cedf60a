// antd's English icon names are hidden or said in Chinese, as React renders them and afterwards.
import { act, render } from '@testing-library/react';
import { Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { AppProviders } from '../app/providers';
import { keepNamesChinese, nameInChinese } from './chinese-aria-names';

const englishNames = (root: ParentNode) =>
  [...root.querySelectorAll('[aria-label]')].filter((e) => !e.closest('[aria-hidden="true"]')).map((e) => e.getAttribute('aria-label') ?? '').filter((name) => /^[A-Za-z][A-Za-z -]*$/.test(name));

afterEach(() => (document.body.innerHTML = ''));

describe('nameInChinese', () => {
  it('hides an icon named in English, says a control’s English name in Chinese, and leaves Chinese names alone', () => {
    document.body.innerHTML = '<span class="anticon" role="img" aria-label="down"></span><button><span class="anticon" role="img" aria-label="close-circle"></span></button><button aria-label="保存"></button><div aria-label="Increase Value"></div>';
    for (const element of document.body.querySelectorAll('[aria-label]')) nameInChinese(element);
    expect(document.body.innerHTML).toBe(
      '<span class="anticon" role="img" aria-label="down" aria-hidden="true"></span><button><span class="anticon" role="img" aria-label="清除"></span></button><button aria-label="保存"></button><div aria-label="增大"></div>',
    );
  });
});

describe('keepNamesChinese', () => {
  function Controls() {
    const [more, setMore] = useState(false);
    return (
      <AppProviders>
        <Select aria-label="年度" options={[{ value: 2023, label: '2023年' }]} />
        <Input.Password aria-label="密码" />
        <Input allowClear aria-label="标题" defaultValue="学雷锋" />
        <InputNumber aria-label="人次" />
        <button type="button" onClick={() => setMore(true)}>
          更多
        </button>
        {more ? <Input allowClear aria-label="地点" defaultValue="康健社区" /> : null}
      </AppProviders>
    );
  }

  it('names what antd rendered before it started and what it renders after, in Chinese', async () => {
    const view = render(<Controls />);
    expect(englishNames(document.body)).not.toEqual([]);
    const stop = keepNamesChinese(document.body);
    expect(englishNames(document.body)).toEqual([]);
    expect(view.getAllByRole('button', { name: '清除' })).toHaveLength(1);

    await act(async () => view.getByRole('button', { name: '更多' }).click());
    // A MutationObserver answers after the render's microtask.
    await act(async () => Promise.resolve());
    expect(englishNames(document.body)).toEqual([]);
    expect(view.getAllByRole('button', { name: '清除' })).toHaveLength(2);
    stop();
  });
});
