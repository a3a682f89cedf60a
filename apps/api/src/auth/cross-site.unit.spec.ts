// The auth layer's own refusal of cross-site shapes for cookie-authenticated requests (docs/design.md §13).
// Apollo refuses most of them on /graphql before a resolver runs; plain HTTP routes (/files) have only this.
import { assertNotCrossSite } from './cross-site';

const request = (method: string, headers: Record<string, string>) => ({ method, headers });

describe('assertNotCrossSite', () => {
  it.each([
    ['a form post', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a multipart form post', 'POST', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['a text/plain post', 'POST', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['a post without a content type', 'POST', {}],
    ['a request the browser marks cross-site', 'POST', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }],
    ['a cross-site GET', 'GET', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s', (_name, method, headers) => {
    expect(() => assertNotCrossSite(request(method, headers))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it.each([
    ['a JSON post', 'POST', { 'content-type': 'application/json' }],
    ['a same-origin JSON post', 'POST', { 'content-type': 'application/json; charset=utf-8', 'sec-fetch-site': 'same-origin' }],
    ['a multipart upload carrying a preflight header', 'POST', { 'content-type': 'multipart/form-data; boundary=x', 'apollo-require-preflight': 'true' }],
    ['a GET (a download link)', 'GET', {}],
  ])('lets %s through', (_name, method, headers) => {
    expect(() => assertNotCrossSite(request(method, headers))).not.toThrow();
  });
});
