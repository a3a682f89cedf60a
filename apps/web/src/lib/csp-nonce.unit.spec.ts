import { removeCSS, updateCSS } from '@rc-component/util';
import { cspNonce, nonceEveryCreatedStyle } from './csp-nonce';

describe('the CSP nonce', () => {
  it('is read from the page the api served', () => {
    const doc = document.implementation.createHTMLDocument('');
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'csp-nonce');
    meta.setAttribute('nonce', 'abc123');
    doc.head.append(meta);
    expect(cspNonce(doc)).toBe('abc123');
    expect(cspNonce(document.implementation.createHTMLDocument(''))).toBeUndefined();
  });

  it('is on every <style> a script creates, such as the ones antd’s helper library writes without one', () => {
    const doc = document.implementation.createHTMLDocument('');
    nonceEveryCreatedStyle('abc123', doc);
    expect((doc.createElement('style') as HTMLStyleElement).nonce).toBe('abc123');
    expect(doc.createElement('div').getAttribute('nonce')).toBeNull();

    // The helper library's own call, as a Table measuring its scroll bar makes it.
    nonceEveryCreatedStyle('abc123');
    updateCSS('#measure::-webkit-scrollbar { width: 8px; }', 'measure-key');
    const written = [...document.head.querySelectorAll('style')].find((style) => style.innerHTML.includes('#measure'));
    expect(written?.nonce).toBe('abc123');
    removeCSS('measure-key');
  });
});
