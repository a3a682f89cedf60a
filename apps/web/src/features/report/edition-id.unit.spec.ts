import { editionPath, parseEditionId } from './edition-id';

describe('an edition id', () => {
  it('names the year, the scope and the version', () => {
    expect(parseEditionId('2023-all-v1')).toEqual({ year: 2023, orgUnitId: undefined, version: 1 });
    expect(parseEditionId('2023-6f1c2d3e-aaaa-4bbb-8ccc-123456789abc-v12')).toEqual({ year: 2023, orgUnitId: '6f1c2d3e-aaaa-4bbb-8ccc-123456789abc', version: 12 });
  });

  it('is refused when it is not an edition’s', () => {
    expect(parseEditionId('v1')).toBeNull();
    expect(parseEditionId('2023-all')).toBeNull();
    expect(parseEditionId('abcd-all-v1')).toBeNull();
  });

  it('makes the page address, escaped', () => {
    expect(editionPath('2023-all-v1')).toBe('/report/editions/2023-all-v1');
    expect(editionPath('2023-a/b-v1')).toBe('/report/editions/2023-a%2Fb-v1');
  });
});
