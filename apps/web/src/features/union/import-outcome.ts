// What an upload to /files/imports/{kind} answered, as a person should read it (README, Files):
// the check's report, the import's, or a refusal of the whole file, each with what to do next.

export type ImportKind = 'union-donations' | 'relief-grants';

export interface RowError {
  readonly row: number;
  /** The column's header; null when the problem is the row's as a whole. */
  readonly column: string | null;
  readonly message: string;
}

export interface RowWarning {
  readonly row: number;
  readonly message: string;
}

export interface ImportReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly valid: number;
  readonly errors: readonly RowError[];
  readonly warnings: readonly RowWarning[];
  readonly alreadyImported: number;
  readonly written?: number;
  readonly notWrittenRows?: readonly number[];
  readonly summary: string;
}

export type ImportOutcome =
  /** A dry run: nothing written; `report.errors` says what to fix. */
  | { readonly kind: 'checked'; readonly report: ImportReport }
  /** The import wrote what it could: every row, or nothing new for a file imported before. */
  | { readonly kind: 'imported'; readonly report: ImportReport }
  /** Rows had problems: nothing was written (all or nothing). */
  | { readonly kind: 'rejected'; readonly report: ImportReport }
  /** A concurrent change stopped it midway: some rows written, the rest not. */
  | { readonly kind: 'interrupted'; readonly report: ImportReport }
  /** The file as a whole was refused (not a workbook, wrong columns, no permission, …). */
  | { readonly kind: 'refused'; readonly status: number; readonly message: string; readonly advice: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function reportOf(body: unknown): ImportReport | undefined {
  if (!isRecord(body) || typeof body['rows'] !== 'number' || !Array.isArray(body['errors']) || typeof body['summary'] !== 'string') return undefined;
  return {
    dryRun: body['dryRun'] === true,
    rows: body['rows'],
    valid: typeof body['valid'] === 'number' ? body['valid'] : 0,
    errors: body['errors'].filter(isRecord).map((e) => ({ row: Number(e['row']), column: typeof e['column'] === 'string' ? e['column'] : null, message: String(e['message']) })),
    warnings: (Array.isArray(body['warnings']) ? body['warnings'] : []).filter(isRecord).map((w) => ({ row: Number(w['row']), message: String(w['message']) })),
    alreadyImported: typeof body['alreadyImported'] === 'number' ? body['alreadyImported'] : 0,
    ...(typeof body['written'] === 'number' ? { written: body['written'] } : {}),
    ...(Array.isArray(body['notWrittenRows']) ? { notWrittenRows: body['notWrittenRows'].map(Number) } : {}),
    summary: body['summary'],
  };
}

/** What to do after a refusal of the whole file, by its HTTP status. */
function adviceFor(status: number): string {
  if (status === 401) return '登录已过期，请刷新页面重新登录后再上传。';
  if (status === 403) return '您的账号无权导入这些记录；如需权限，请联系管理员。';
  if (status === 404) return '找不到这次活动，请刷新页面后重试。';
  if (status === 413) return '文件太大：请把表格拆成几个文件（每个不超过 10 MB、20,000 行），分批导入。';
  if (status === 415) return '请上传用 Excel、WPS 或 LibreOffice 另存为的 .xlsx 文件（不是 .xls 或 .csv）。';
  if (status === 400) return '请下载导入模板，按模板的列名填写后再上传。';
  if (status === 0) return '无法连接服务器：请检查网络后重新上传（重复上传同一文件不会重复写入）。';
  return '服务器出错了，这不是您操作的问题。请稍后重新上传（重复上传同一文件不会重复写入）；如果一直出现，请联系管理员。';
}

/** The outcome of one answer: `status` is the HTTP status (0 when no answer came), `body` its JSON. */
export function importOutcome(status: number, body: unknown, dryRun: boolean): ImportOutcome {
  const report = reportOf(body);
  if (report && status === 200) return { kind: dryRun ? 'checked' : 'imported', report };
  if (report && status === 422) return { kind: 'rejected', report };
  if (report && status === 409) return { kind: 'interrupted', report };
  const message = isRecord(body) && typeof body['message'] === 'string' ? body['message'] : '文件未能导入';
  return { kind: 'refused', status, message, advice: adviceFor(status) };
}

/** What the person should do next, in a sentence. */
export function nextStep(outcome: ImportOutcome): string {
  switch (outcome.kind) {
    case 'checked':
      return outcome.report.errors.length > 0
        ? '请按下表在 Excel 中改正这些行，保存后重新选择文件检查。'
        : outcome.report.rows === outcome.report.alreadyImported
          ? '这个文件此前已全部导入，再次导入不会写入任何记录。'
          : '检查通过，可以正式导入。';
    case 'imported':
      return (outcome.report.written ?? 0) === 0 ? '没有写入新的记录：这个文件此前已经导入过。' : '导入完成，记录已计入统计。';
    case 'rejected':
      return '没有写入任何记录。请按下表改正后重新检查、导入。';
    case 'interrupted':
      return '请重新导入同一文件：已写入的行不会重复写入，其余的行会补上。';
    case 'refused':
      return outcome.advice;
    default: {
      const unknownOutcome: never = outcome;
      return unknownOutcome;
    }
  }
}
