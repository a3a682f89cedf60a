// The JSON report of an import or its dry run (docs/design.md §15): every problem by row (Excel's row
// number) and column (the header), in Chinese, and what was or would be written.
import type { ImportKind } from '@tracker/domain';

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
  readonly kind: ImportKind;
  readonly dryRun: boolean;
  /** Data rows in the sheet (blank rows are not counted). */
  readonly rows: number;
  /** Rows without any error. */
  readonly valid: number;
  readonly errors: readonly RowError[];
  readonly warnings: readonly RowWarning[];
  /** Rows an earlier import of this file already wrote: importing them again writes nothing. */
  readonly alreadyImported: number;
  /** Rows written by this import; absent for a dry run. */
  readonly written?: number;
  /** Rows that a failure midway left unwritten (a concurrent change); absent when none. */
  readonly notWrittenRows?: readonly number[];
  /** One sentence saying what happened, for a person to read. */
  readonly summary: string;
}

export function summaryOf(report: Omit<ImportReport, 'summary'>): string {
  const { rows, errors, alreadyImported, written, notWrittenRows, dryRun } = report;
  const badRows = new Set(errors.map((e) => e.row)).size;
  if (notWrittenRows && notWrittenRows.length > 0) {
    return `导入中途失败：已写入 ${written ?? 0} 行，第 ${rowList(notWrittenRows)} 行未写入（${errors[0]?.message ?? '记录已被他人修改'}）。重新导入同一文件是安全的：已写入的行不会重复写入。`;
  }
  if (badRows > 0) return `共 ${rows} 行，其中 ${badRows} 行有问题，请改正后再导入。没有写入任何记录。`;
  const fresh = rows - alreadyImported;
  const before = alreadyImported > 0 ? `，其中 ${alreadyImported} 行此前已导入` : '';
  if (dryRun) return `共 ${rows} 行，全部通过检查${before}。正式导入将写入 ${fresh} 行。`;
  return `共 ${rows} 行，已写入 ${written ?? 0} 行${before}（不会重复写入）。`;
}

/** 2、3、5–9: consecutive rows as a range. */
function rowList(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    ranges.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join('、');
}
