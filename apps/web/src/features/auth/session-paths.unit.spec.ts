import { forcedChangePath, safeFrom, signInPath } from './session-paths';

describe('where the sign-in returns to', () => {
  it('is a page of this app', () => {
    expect(safeFrom('/admin/accounts?year=2023')).toBe('/admin/accounts?year=2023');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', 'javascript:alert(1)', '/sign-in?from=/x', '/change-password'])('is home for %j', (raw) => {
    expect(safeFrom(raw)).toBe('/');
  });
});

describe('the sign-in address', () => {
  it('remembers the page, and says when the session ended by itself', () => {
    expect(signInPath()).toBe('/sign-in');
    expect(signInPath({ from: '/' })).toBe('/sign-in');
    expect(signInPath({ from: '/?year=2023' })).toBe('/sign-in?from=%2F%3Fyear%3D2023');
    expect(signInPath({ from: '/admin/accounts', expired: true })).toBe('/sign-in?from=%2Fadmin%2Faccounts&expired=1');
  });

  it('for the first password change, keeps the page too', () => {
    expect(forcedChangePath('/')).toBe('/change-password');
    expect(forcedChangePath('/admin/org-chart')).toBe('/change-password?from=%2Fadmin%2Forg-chart');
  });
});
