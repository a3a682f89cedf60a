// What one spreadsheet cell holds, as the app's workbook reader hands it over (the reader, with
// exceljs, lives in apps/api): the parsing rules below stay free of any spreadsheet library.
import type { CalendarDate } from '../shared/calendar-date';

export type SheetCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A cell Excel keeps as a date; its calendar date as Excel shows it (no time zone). */
  | { readonly kind: 'date'; readonly date: CalendarDate }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A formula, where a value belongs: refused, whatever it computed. */
  | { readonly kind: 'formula' }
  /** An error value such as #N/A or #DIV/0!. */
  | { readonly kind: 'error'; readonly text: string };

export const EMPTY_CELL: SheetCell = { kind: 'empty' };

/** True for an empty cell and for text that is only spaces. */
export const isBlankCell = (cell: SheetCell): boolean => cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
