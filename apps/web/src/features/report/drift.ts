// How the live section moved from the newest edition (sinceEdition), as a person reads it: the
// api answers plain numbers ("2433", "27500.00", "+3"); lists (街道, 服务项目) stay as they are.
import { formatAmount, formatCount } from '../../lib/format';

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d+\.\d+$/;

/** "2433" → "2,433", "27500.00" → "27,500.00", "+3" → "+3", null → "（无）", text as it is. */
export function changeValue(value: string | null): string {
  if (value === null) return '（无）';
  const sign = value.startsWith('+') ? '+' : '';
  const digits = sign ? value.slice(1) : value;
  if (WHOLE.test(value)) return `${sign}${formatCount(Number(digits))}`;
  if (DECIMAL.test(value)) return `${sign}${formatAmount(digits)}`;
  return value === '' ? '（无）' : value;
}

/** One line for 首页 and the page's summary: "与第 1 版相比，有 2 项数据发生变化". */
export function driftSummary(version: number, changes: number): string {
  return changes === 0 ? `与第 ${version} 版相比，数据没有变化。` : `与第 ${version} 版相比，有 ${changes} 项数据发生了变化。`;
}
