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
