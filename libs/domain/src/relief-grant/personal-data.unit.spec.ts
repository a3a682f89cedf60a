import { personalDataIn, personalDataProblem } from './personal-data';

describe('personalDataIn: the numbers that identify a person', () => {
  it.each<[string, string, string[]]>([
    ['the issue’s own reason (an ID whose check digit is wrong still names someone)', '受助人张三（身份证310104199001011234）', ['RESIDENT_ID']],
    ['an ID with its X check character', '身份证 11010519491231002X', ['RESIDENT_ID']],
    ['an ID with a lower-case x', '11010519491231002x', ['RESIDENT_ID']],
    ['an ID with a right check digit', '证件号440304198512153212已核实', ['RESIDENT_ID']],
    ['an ID written in groups', '310104 19900101 1234', ['RESIDENT_ID']],
    ['an ID in full-width digits', '身份证３１０１０４１９９００１０１１２３４', ['RESIDENT_ID']],
    ['an old 15-digit ID', '老身份证310104900101123', ['RESIDENT_ID']],
    ['a mobile number', '联系电话13912345678', ['MOBILE']],
    ['a mobile number with +86 and spaces', '+86 139 1234 5678', ['MOBILE']],
    ['a mobile number with dashes', '139-1234-5678', ['MOBILE']],
    ['a mobile number with 86 run in', '8613912345678', ['MOBILE']],
    ['a mobile number with 0086', '0086-13912345678', ['MOBILE']],
    ['a mobile number in full-width digits', '１３９１２３４５６７８', ['MOBILE']],
    ['a 19-digit bank card', '打入卡号6222021234567890128', ['BANK_CARD']],
    ['a bank card in groups of four', '6217 0012 3456 7890 122', ['BANK_CARD']],
    ['a 16-digit card', '4111-1111-1111-1111', ['BANK_CARD']],
    ['two kinds at once, each named once', '张三 13912345678，卡号 4111111111111111，电话 13800000000', ['MOBILE', 'BANK_CARD']],
  ])('finds %s', (_name, text, kinds) => {
    expect(personalDataIn(text)).toEqual(kinds);
  });

  it.each<[string, string]>([
    ['an amount', '金额登记有误，应为 7800.00 元'],
    ['a date and a count', '2023年1月16日发放，15 人次'],
    ['dates run together, which are no card', '2023-01-16 2023-01-17 两次发放'],
    ['a batch number', '第3批次 编号 2023-0116-07'],
    ['a card number failing Luhn', '4111111111111112'],
    ['18 digits neither an ID (no birth date, wrong check) nor a card', '310104199013011231'],
    ['a number too short for a mobile', '1391234567'],
    ['a number that is no mobile (12…)', '12912345678'],
    ['a landline', '021-64321234'],
    ['digits grouped like no card', '6217 00123 45678 90122'],
    ['plain words', '重复录入'],
  ])('finds nothing in %s', (_name, text) => {
    expect(personalDataIn(text)).toEqual([]);
  });

  it('says why, naming the field and what it found', () => {
    expect(personalDataProblem('受助人身份证310104199001011234，电话13912345678', '原因')).toBe(
      '原因中含有身份证号码、手机号码，请删去：帮困记录永久保存、不可删除，且从不记录受助人是谁',
    );
    expect(personalDataProblem('金额有误', '原因')).toBeUndefined();
  });
});
