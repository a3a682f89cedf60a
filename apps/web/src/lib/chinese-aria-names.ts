// antd's icons name themselves in English (<span role="img" aria-label="down">), and a few of its
// controls hard-code English names (Select's "Clear", InputNumber's "Increase Value"); no locale
// reaches them, so a screen reader would read them to a Chinese user. Most icons are decorative,
// beside text or inside a control with its own name: they are hidden from assistive technology.
// An icon that may be the only content of a control (a clear button, a dialog's close) gives that
// control its name: it is said in Chinese instead. Our own icons are written `aria-hidden`
// already; this catches what antd renders inside its components.

/** English names that may be the only name of a control, in Chinese. */
const CHINESE_NAMES: Readonly<Record<string, string>> = {
  // The clear buttons of Input and DatePicker hold only this icon. (Input.Password's eye needs
  // nothing: its button has antd's own Chinese name, 显示 or 隐藏.)
  'close-circle': '清除',
  close: '关闭',
  search: '搜索',
  left: '上一页',
  right: '下一页',
  Clear: '清除',
  'Increase Value': '增大',
  'Decrease Value': '减小',
};

const ENGLISH = /^[A-Za-z][A-Za-z -]*$/;

/** Says `element`'s English name in Chinese, or hides an icon named in English; anything else is left alone. */
export function nameInChinese(element: Element): void {
  const name = element.getAttribute('aria-label');
  if (name === null || !ENGLISH.test(name)) return;
  const chinese = CHINESE_NAMES[name];
  if (chinese !== undefined) element.setAttribute('aria-label', chinese);
  else if (element.matches('.anticon[role="img"]')) element.setAttribute('aria-hidden', 'true');
}

function nameAllInChinese(root: ParentNode): void {
  if (root instanceof Element) nameInChinese(root);
  for (const element of root.querySelectorAll('[aria-label]')) nameInChinese(element);
}

/** Keeps every name under `root` Chinese as React renders: what is there now, and what comes. Returns the stop. */
export function keepNamesChinese(root: Element): () => void {
  nameAllInChinese(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.target instanceof Element) nameInChinese(mutation.target);
      for (const node of mutation.addedNodes) if (node instanceof Element) nameAllInChinese(node);
    }
  });
  // The body, not #root: antd puts dialogs, drop-downs and messages in portals beside it.
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
  return () => observer.disconnect();
}
