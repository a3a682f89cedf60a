// 帮困 relief never names its recipients, and the event log keeps every text for good: free text
// on relief (a correction's or a void's reason) may not carry the numbers that identify a person.
import { isRealDate } from '../shared/calendar-date';

export type PersonalDataKind = 'RESIDENT_ID' | 'MOBILE' | 'BANK_CARD';

/** How each kind is named to the person who typed it. */
export const PERSONAL_DATA_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  RESIDENT_ID: '身份证号码',
  MOBILE: '手机号码',
  BANK_CARD: '银行卡号',
};

// Digits written as people write them: in runs, grouped by single spaces or dashes, an ID's
// check character X last, a mobile's +86 first.
const NUMBER_RUN = /(?:\+|00)?\d(?:[ -]?\d)*(?:[ -]?[Xx])?/g;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARACTERS = '10X98765432';

/**
 * Every kind of personal number the text carries, each once: a PRC resident ID (18 characters
 * whose check character is right, or whose birth date is a real one, since a mistyped ID still
 * names someone; or the old 15 digits), a mobile number (1[3-9] and 9 digits, with or without
 * +86, spaces or dashes), a bank card (16 to 19 digits passing the Luhn check).
 */
export function personalDataIn(text: string): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  // Full-width digits (１３９…) are digits too.
  for (const [run] of text.normalize('NFKC').matchAll(NUMBER_RUN)) {
    const kind = kindOf(run);
    if (kind) found.add(kind);
  }
  return [...found];
}

/**
 * Why a text on relief may not be kept, as a form would say it of the field `label`; undefined
 * when it carries no personal number.
 */
export function personalDataProblem(text: string, label: string): string | undefined {
  const found = personalDataIn(text);
  if (found.length === 0) return undefined;
  return `${label}中含有${found.map((kind) => PERSONAL_DATA_NAMES[kind]).join('、')}，请删去：帮困记录永久保存、不可删除，且从不记录受助人是谁`;
}

function kindOf(run: string): PersonalDataKind | undefined {
  const compact = run.replace(/[ -]/g, '').toUpperCase();
  const digits = compact.replace(/^(?:\+|00)/, '');
  if (isResidentId(digits, compact === run)) return 'RESIDENT_ID';
  if (isMobile(digits)) return 'MOBILE';
  if (isBankCard(digits, run)) return 'BANK_CARD';
  return undefined;
}

function isResidentId(digits: string, contiguous: boolean): boolean {
  // The 15-digit form has no check character; only unbroken it is told from other numbers.
  if (/^\d{15}$/.test(digits)) return contiguous;
  if (!/^\d{17}[\dX]$/.test(digits)) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const birth = `${digits.slice(6, 10)}-${digits.slice(10, 12)}-${digits.slice(12, 14)}`;
  return ID_CHECK_CHARACTERS[sum % 11] === digits[17] || (birth >= '1900' && isRealDate(birth));
}

const isMobile = (digits: string): boolean => /^(?:86)?1[3-9]\d{9}$/.test(digits);

/** 16 to 19 digits passing Luhn, unbroken or in groups of four (dates such as 2023-01-16 are not). */
function isBankCard(digits: string, run: string): boolean {
  if (!/^\d{16,19}$/.test(digits)) return false;
  const groups = run.split(/[ -]/);
  if (groups.length > 1 && !groups.slice(0, -1).every((group) => group.length === 4)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    const doubled = index % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}
