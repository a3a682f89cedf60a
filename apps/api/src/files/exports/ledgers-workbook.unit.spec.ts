// The ledgers workbook holds back its rows while the zip or the download lags: what waits to be
// compressed stays bounded (exceljs alone would queue the whole sheet), and a download closed
// midway stops the export instead of leaving it waiting.
import type { CommunityResponsibilitySection } from '@tracker/projections';
import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { writeLedgersWorkbook, zipEntryOf } from './ledgers-workbook';
import { type CaughtUp, type RecordSheet, type SheetPart, writeRecordSheet } from './record-sheet';

interface Line {
  readonly n: number;
}

const ROWS = 20_000;
const columns: RecordSheet<Line>['columns'] = Array.from({ length: 12 }, (_, i) => ({
  header: `列${i}`,
  cellType: 'text' as const,
  value: (line: Line) => `第${line.n}行第${i}列：志愿服务活动某某街道社区站点`,
}));

async function* lines(pageSize: number): AsyncIterable<Line[]> {
  for (let from = 0; from < ROWS; from += pageSize) yield Array.from({ length: pageSize }, (_, i) => ({ n: from + i }));
}

/** A download that takes each chunk a little later, like a client over a network. */
const slowDownload = (): Writable => new Writable({ write: (_chunk, _encoding, done) => setTimeout(done, 1) });

// The section only feeds 汇总; an empty year's figures are enough here.
const section = {
  year: 2024,
  charity: { relief: { personTimes: 0, amount: '0' }, campaigns: [], donatedTotal: '0' },
  volunteering: {
    activities: { count: 0, personTimes: 0, volunteerHours: '0', sites: 0, subdistricts: [], serviceItems: [], beneficiaries: 0, charitySalesCount: 0, charitySalesAmount: '0', byProgram: [] },
    examSentinel: { exams: 0, sites: 0, supports: 0 },
    agreements: { signed: 0, active: 0, partners: 0 },
    booths: { booths: 0, sessions: 0, peopleServed: 0, volunteerPersonTimes: 0 },
  },
};

/** A sheet part that records the zip's backlog each time the rows have been let on. */
function measuredSheet(backlogs: number[]): SheetPart {
  return (workbook, caughtUp) => {
    const measured: CaughtUp = async (worksheet) => {
      await caughtUp(worksheet);
      backlogs.push(zipEntryOf(worksheet)?._writableState.length ?? Number.NaN);
    };
    return writeRecordSheet(workbook, { name: '志愿活动', columns, pages: lines(2_000) }, measured);
  };
}

describe('the ledgers workbook', () => {
  it('finds the stream the zip reads a sheet from (exceljs internals this export relies on)', () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: slowDownload(), useStyles: true });
    const worksheet = workbook.addWorksheet('志愿活动');
    worksheet.addRow(['第一行']).commit();
    expect(zipEntryOf(worksheet)?._writableState.length).toEqual(expect.any(Number));
  });

  it('keeps what waits for the zip to a few hundred KB while the download is slow', async () => {
    const backlogs: number[] = [];
    await writeLedgersWorkbook(slowDownload(), section as unknown as CommunityResponsibilitySection, { scope: '全部单位' }, [measuredSheet(backlogs)]);
    expect(backlogs.length).toBeGreaterThanOrEqual(ROWS / 250);
    expect(Math.max(...backlogs)).toBeLessThanOrEqual(512 * 1024);
  }, 60_000);

  it('without the wait, the same sheet queues megabytes before the zip (the test above measures something)', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: slowDownload(), useStyles: true });
    const backlogs: number[] = [];
    await writeRecordSheet(workbook, { name: '志愿活动', columns, pages: lines(2_000) }, async (worksheet) => {
      backlogs.push(zipEntryOf(worksheet)?._writableState.length ?? Number.NaN);
    });
    expect(Math.max(...backlogs)).toBeGreaterThan(2 * 1024 * 1024);
    await workbook.commit();
  }, 60_000);

  it('stops when the download is closed midway, rather than waiting for it forever', async () => {
    const stalled = new Writable({ write: () => undefined }); // a client that stopped reading
    setTimeout(() => stalled.destroy(), 200);
    const part: SheetPart = (workbook, caughtUp) => writeRecordSheet(workbook, { name: '志愿活动', columns, pages: lines(2_000) }, caughtUp);
    await expect(writeLedgersWorkbook(stalled, section as unknown as CommunityResponsibilitySection, { scope: '全部单位' }, [part])).rejects.toThrow('下载已中断');
  }, 60_000);
});
