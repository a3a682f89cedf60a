import { scopeText } from './account-menu';

describe('the scope the header shows', () => {
  const names = new Map([
    ['u1', '康健支局'],
    ['u2', '南区局工会'],
  ]);

  it('names the org units, in the order given', () => {
    expect(scopeText({ roles: ['RECORDER', 'TREASURER'], orgUnitIds: ['u1', 'u2'] }, names)).toBe('康健支局、南区局工会');
  });

  it('is every unit for an ADMIN without any', () => {
    expect(scopeText({ roles: ['ADMIN'], orgUnitIds: [] }, undefined)).toBe('全部组织');
  });

  it('says so while the names load, or for a unit the person can no longer see', () => {
    expect(scopeText({ roles: ['RECORDER'], orgUnitIds: ['u1'] }, undefined)).toBe('…');
    expect(scopeText({ roles: ['RECORDER'], orgUnitIds: ['u9'] }, names)).toBe('已不在您权限内的组织');
  });
});
