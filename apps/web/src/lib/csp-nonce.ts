/**
 * The nonce the api put in this page's `<meta property="csp-nonce">` (and in its
 * Content-Security-Policy); antd gives it to every `<style>` it injects. Browsers hide a nonce
 * from getAttribute once the page has loaded, so the property is read first.
 */
export function cspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || '';
  return nonce === '' ? undefined : nonce;
}

/**
 * Gives `nonce` to every <style> element scripts create in `doc`. antd's own styles get it through
 * ConfigProvider's `csp`, but its helper library (@rc-component/util's updateCSS) also writes
 * <style> tags without one: a Table measuring its scroll bar, a Modal or Drawer locking the page's
 * scrolling. Our CSP blocks those (an upstream bug). Stamping the nonce where the element is made
 * covers each of them without a patched dependency. It does not weaken the policy: markup injected
 * into the page is parsed, not created by a script, so its <style> still has no nonce.
 */
export function nonceEveryCreatedStyle(nonce: string, doc: Document = document): void {
  const create = doc.createElement.bind(doc) as (tagName: string, options?: ElementCreationOptions) => HTMLElement;
  const stamped = (tagName: string, options?: ElementCreationOptions): HTMLElement => {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement && !element.nonce) element.nonce = nonce;
    return element;
  };
  doc.createElement = stamped as Document['createElement'];
}
