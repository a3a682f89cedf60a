// The 街道名单 page's rules, as the server keeps them (README: the 街道 list): a 街道 has one name
// (枫林街道 and 枫林 are one entry, 华泾镇 is 华泾), at most 50 characters, a list of at most 200.
// The browser says so before sending; the server decides, and its answer is the list shown.
import { GraphQLRequestError } from '../../lib/graphql-client';

export const SUBDISTRICT_NAME_MAX = 50;
export const SUBDISTRICT_LIST_MAX = 200;

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const SUFFIXES = ['街道', '镇'] as const;
/** What separates names typed into one box: 、，, ; and line breaks. */
const SEPARATORS = /[、，,;；\n\r]+/u;

/** The one name the server keeps for `text`: visible characters, spaces collapsed, without a trailing 街道 or 镇. */
export function subdistrictName(text: string): string {
  const canonical = text.replace(INVISIBLE, '').normalize('NFKC').replace(/\s+/gu, ' ').trim();
  for (const suffix of SUFFIXES) {
    if (canonical.endsWith(suffix)) {
      const name = canonical.slice(0, -suffix.length).trim();
      return name === '' ? canonical : name;
    }
  }
  return canonical;
}

export interface Entry {
  /** The names to add, each as the server will keep it, in the order typed. */
  readonly names: readonly string[];
  /** Why the entry cannot be sent, in Chinese; undefined when it can. */
  readonly problem: string | undefined;
}

/** Reads what was typed into 添加街道 (one name or several) against the list as it stands, `except` a name being renamed. */
export function readEntry(typed: string, list: readonly string[], except?: string): Entry {
  const kept = list.filter((name) => name !== except);
  const names: string[] = [];
  for (const text of typed.split(SEPARATORS)) {
    const name = subdistrictName(text);
    if (name === '') continue;
    if ([...name].length > SUBDISTRICT_NAME_MAX) return { names, problem: `街道名称不能超过 ${SUBDISTRICT_NAME_MAX} 个字：${name}` };
    if (kept.includes(name)) return { names, problem: `“${name}”已在名单中` };
    if (names.includes(name)) return { names, problem: `“${text.trim()}”与“${name}”是同一个街道，只填一次` };
    names.push(name);
  }
  if (names.length === 0) return { names, problem: '请填写街道名称' };
  if (kept.length + names.length > SUBDISTRICT_LIST_MAX) return { names, problem: `街道名单最多 ${SUBDISTRICT_LIST_MAX} 个` };
  return { names, problem: undefined };
}

/** The whole list to send after adding `names`: the server appends what is new. */
export const withAdded = (list: readonly string[], names: readonly string[]): string[] => [...list, ...names];

/** The whole list without `name`. */
export const without = (list: readonly string[], name: string): string[] => list.filter((kept) => kept !== name);

/**
 * A rename is what the API offers: the old name removed and the new one added, in one change.
 * The new name goes where the old one stood; the server keeps names in the order they were added,
 * so after saving it stands last.
 */
export const renamed = (list: readonly string[], from: string, to: string): string[] => list.map((name) => (name === from ? to : name));

/**
 * The server names the list's entries (`names[3]`); the dialog has one box for what was typed, so
 * every refusal of an entry lands on that box.
 */
export function onEntryField(error: unknown, field: string): unknown {
  if (!(error instanceof GraphQLRequestError)) return error;
  const fields = error.fields.map((problem) => (/^(input\.)?names(\[\d+\])?$/.test(problem.field) ? { ...problem, field } : problem));
  return new GraphQLRequestError(error.code, error.serverMessage, fields);
}
