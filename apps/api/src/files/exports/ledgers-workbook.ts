// The year's ledgers as a workbook (GET /files/ledgers/{year}.xlsx), written with exceljs'
// streaming WorkbookWriter straight to the response, so a year of 100,000 records is never held
// in memory: first 汇总, the section's totals (the very figures `communityResponsibility` answers
// for the same year and scope), then one sheet per kind of record.
import { VOLUNTEER_PROGRAM_NAMES } from '@tracker/domain';
import type { CommunityResponsibilitySection } from '@tracker/projections';
import ExcelJS from 'exceljs';
import { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { CELL_FORMATS, HEADER_FILL, HEADER_FONT } from '../workbook-style';
import { PRINT_SETUP } from './print-setup';
import type { CaughtUp, SheetPart } from './record-sheet';

export const SUMMARY_SHEET = '汇总';

const PROGRAM_NAMES: Readonly<Record<string, string>> = VOLUNTEER_PROGRAM_NAMES;

interface Figure {
  readonly item: string;
  readonly measure: string;
  readonly kind: 'count' | 'money' | 'decimal';
  readonly value: number;
  /** What a count counts (the 街道 themselves), beside it. */
  readonly note?: string;
}


export interface LedgersWorkbookOptions {
  /** Whose year it is, for the sheet's last line: "南区局及下属单位" or "全部单位". */
  readonly scope: string;
}

/** 汇总, then each kind's sheet, in order; each sheet is committed before the next is read. */
export async function writeLedgersWorkbook(
  out: Writable,
  section: CommunityResponsibilitySection,
  options: LedgersWorkbookOptions,
  sheets: readonly SheetPart[] = [],
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '社区责任 tracker';
  writeSummary(workbook, section, options);
  const caughtUp: CaughtUp = async (worksheet) => {
    const entry = zipEntryOf(worksheet);
    if (entry !== undefined && entry._writableState.length > ZIP_BACKLOG_BYTES) await drained(entry, out);
    if (out.writableNeedDrain) await drained(out, out);
  };
  for (const writeSheet of sheets) await writeSheet(workbook, caughtUp);
  await workbook.commit();
}

// What the zip may have left to compress of a sheet before the rows wait for it.
const ZIP_BACKLOG_BYTES = 256 * 1024;

/**
 * The stream the zip reads a sheet from, with what it has not read yet. exceljs writes each sheet
 * into it regardless of its buffer (its own StreamBuf ignores backpressure), so the wait is ours;
 * exceljs does not expose it, hence the look inside (checked by ledgers-workbook.unit.spec.ts).
 */
interface ZipEntry extends EventEmitter {
  readonly _writableState: { readonly length: number };
}

export function zipEntryOf(worksheet: ExcelJS.Worksheet): ZipEntry | undefined {
  const sheetStream: unknown = Reflect.get(worksheet, 'stream');
  const pipes: unknown = typeof sheetStream === 'object' && sheetStream !== null ? Reflect.get(sheetStream, 'pipes') : undefined;
  const entry: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  return isZipEntry(entry) ? entry : undefined;
}

function isZipEntry(value: unknown): value is ZipEntry {
  if (!(value instanceof EventEmitter)) return false;
  const state: unknown = Reflect.get(value, '_writableState');
  return typeof state === 'object' && state !== null && typeof Reflect.get(state, 'length') === 'number';
}

/** Until `stream` drains; refused when the download is closed first (the client left), so the export stops instead of waiting forever. */
function drained(stream: EventEmitter, out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('下载已中断'));
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      stream.off('drain', done);
      reject(new Error('下载已中断'));
    };
    stream.once('drain', done);
    out.once('close', closed);
  });
}

function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, section: CommunityResponsibilitySection, options: LedgersWorkbookOptions): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PRINT_SETUP });
  sheet.columns = [
    { header: '项目', key: 'item', width: 30 },
    { header: '指标', key: 'measure', width: 22 },
    { header: '数值', key: 'value', width: 16 },
    { header: '说明', key: 'note', width: 80 },
  ];
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  for (const figure of summaryFigures(section)) {
    const row = sheet.addRow([figure.item, figure.measure, figure.value, figure.note ?? '']);
    row.getCell(3).numFmt = CELL_FORMATS[figure.kind];
    row.commit();
  }
  sheet.addRow([]).commit();
  sheet.addRow(['范围', `${section.year} 年度`, '', options.scope]).commit();
  sheet.commit();
}

/** Every figure of the section, in the order the report gives them. */
export function summaryFigures(section: CommunityResponsibilitySection): Figure[] {
  const { relief, campaigns, donatedTotal } = section.charity;
  const { activities: a, examSentinel: e, agreements: g, booths: b } = section.volunteering;
  const count = (item: string, measure: string, value: number): Figure => ({ item, measure, kind: 'count', value });
  const money = (item: string, measure: string, value: string): Figure => ({ item, measure, kind: 'money', value: Number(value) });
  return [
    count('帮困', '人次', relief.personTimes),
    money('帮困', '帮困金（元）', relief.amount),
    ...campaigns.flatMap((c) => [
      count(`爱心一日捐「${c.name}」`, '部门工会（个）', c.unionCount),
      money(`爱心一日捐「${c.name}」`, '善款（元）', c.amount),
      count(`爱心一日捐「${c.name}」`, '捐款人数（人）', c.donorCount),
    ]),
    money('爱心一日捐', '善款合计（元）', donatedTotal),
    count('志愿服务活动', '活动（场）', a.count),
    count('志愿服务活动', '参与志愿者（人次）', a.personTimes),
    { item: '志愿服务活动', measure: '志愿服务时长（小时）', kind: 'decimal', value: Number(a.volunteerHours) },
    count('志愿服务活动', '站点（个）', a.sites),
    { ...count('志愿服务活动', '覆盖街道（个）', a.subdistricts.length), note: a.subdistricts.join('、') },
    { ...count('志愿服务活动', '服务项目（项）', a.serviceItems.length), note: a.serviceItems.join('、') },
    count('志愿服务活动', '服务群众（人次）', a.beneficiaries),
    count('志愿服务活动', '爱心义卖（笔）', a.charitySalesCount),
    money('志愿服务活动', '爱心义卖金额（元）', a.charitySalesAmount),
    ...a.byProgram.flatMap((p) => {
      // A program from a newer writer keeps its code rather than a wrong name.
      const name = `志愿服务·${PROGRAM_NAMES[p.program] ?? p.program}`;
      return [count(name, '活动（场）', p.count), count(name, '参与志愿者（人次）', p.personTimes), count(name, '站点（个）', p.sites)];
    }),
    count('考务哨兵', '保障考试（场）', e.exams),
    count('考务哨兵', '考点（个）', e.sites),
    count('考务哨兵', '保障（人次）', e.supports),
    count('党建翼联', '新签协议（份）', g.signed),
    count('党建翼联', '有效协议（份）', g.active),
    count('党建翼联', '共建单位（家）', g.partners),
    count('Hello老友亭', '便民服务亭（个）', b.booths),
    count('Hello老友亭', '开展服务（次）', b.sessions),
    count('Hello老友亭', '服务群众（人次）', b.peopleServed),
    count('Hello老友亭', '志愿者值守（人次）', b.volunteerPersonTimes),
  ];
}
