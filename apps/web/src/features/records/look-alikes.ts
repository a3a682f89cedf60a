// A record-creating payload's `warnings` name the record kept that the new one looks like, by its
// date and its 编号 (libs/projections ledgers/look-alike.ts); a link takes the person to it.

export interface LookAlikeLink {
  readonly path: string;
  readonly year: number;
}

const KINDS: readonly { readonly says: string; readonly path: string }[] = [
  { says: '志愿活动', path: '/records/activities' },
  { says: '考务哨兵', path: '/records/exam-shifts' },
];

/** Where the record a warning names can be opened, if it names one this app has a page for. */
export function lookAlikeLink(warning: string): LookAlikeLink | undefined {
  const id = /编号 ([0-9a-f-]{36})/i.exec(warning)?.[1];
  const year = /(\d{4})-\d{2}-\d{2}/.exec(warning)?.[1];
  const kind = KINDS.find((candidate) => warning.includes(candidate.says));
  if (!id || !year || !kind) return undefined;
  return { path: `${kind.path}/${id}`, year: Number(year) };
}
