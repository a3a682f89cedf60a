import { GraphQLRequestError } from './graphql-client';
import { fieldPath, placeServerErrors } from './form-errors';

describe('fieldPath', () => {
  it.each([
    ['startDate', ['startDate']],
    ['input.startDate', ['startDate']],
    ['charitySales.amount', ['charitySales', 'amount']],
    ['partners[1].name', ['partners', 1, 'name']],
    ['partners.1.name', ['partners', 1, 'name']],
    ['input.serviceItems[0]', ['serviceItems', 0]],
  ])('%s → %j', (field, expected) => {
    expect(fieldPath(field)).toEqual(expected);
  });
});

describe('placeServerErrors', () => {
  const formFields = ['title', 'personTimes', 'charitySales', 'partners'];

  it('puts each message on the field it names, several on one field in order', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', '输入有误', [
      { field: 'personTimes', message: '人次至少为 1' },
      { field: 'charitySales.amount', message: '金额须大于 0' },
      { field: 'personTimes', message: '人次须为整数' },
      { field: 'partners.0.name', message: '请填写共建单位名称' },
    ]);
    expect(placeServerErrors(error, formFields)).toEqual({
      fields: [
        { name: ['personTimes'], errors: ['人次至少为 1', '人次须为整数'] },
        { name: ['charitySales', 'amount'], errors: ['金额须大于 0'] },
        { name: ['partners', 0, 'name'], errors: ['请填写共建单位名称'] },
      ],
      unplaced: [],
    });
  });

  it('shows above the form what names no field of it', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', '输入有误', [
      { field: 'organizerId', message: '组织单位不存在' },
      { field: 'title', message: '请填写活动名称' },
    ]);
    expect(placeServerErrors(error, formFields)).toEqual({ fields: [{ name: ['title'], errors: ['请填写活动名称'] }], unplaced: ['组织单位不存在'] });
  });

  it('shows a refusal without fields (a CONFLICT) above the form', () => {
    expect(placeServerErrors(new GraphQLRequestError('CONFLICT', '募捐已结束，不能再登记捐款', []), formFields)).toEqual({ fields: [], unplaced: ['募捐已结束，不能再登记捐款'] });
  });

  it('places nothing for an error that is not the server refusing', () => {
    expect(placeServerErrors(new Error('boom'), formFields)).toEqual({ fields: [], unplaced: [] });
  });
});
