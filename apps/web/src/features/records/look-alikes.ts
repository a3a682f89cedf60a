// A record-creating payload's `warnings` name the record kept that the new one looks like, by its
// date and its 编号 (libs/projections ledgers/look-alike.ts); a link takes the person to it.

export interface LookAlikeLink {
  readonly path: string;
  readonly year: number;
}

// How each warning begins (look-alike.ts lookAlikeWarning) for the kinds with a page here. A booth's
// second session on a day names the session, which has no page: it is not linked.
const KINDS: readonly { readonly says: string; readonly path: string }[] = [
  { says: '与已登记的志愿活动相似', path: '/records/activities' },
  { says: '与已登记的考务哨兵记录相似', path: '/records/exam-shifts' },
  { says: '与已登记的服务亭相似', path: '/records/booths' },
  { says: '与已登记的党建翼联协议相似', path: '/records/agreements' },
];

/** Where the record a warning names can be opened, if it names one this app has a page for. */
export function lookAlikeLink(warning: string): LookAlikeLink | undefined {
  const id = /编号 ([0-9a-f-]{36})/i.exec(warning)?.[1];
  const year = /(\d{4})-\d{2}-\d{2}/.exec(warning)?.[1];
  const kind = KINDS.find((candidate) => warning.startsWith(candidate.says));
  if (!id || !year || !kind) return undefined;
  return { path: `${kind.path}/${id}`, year: Number(year) };
}
