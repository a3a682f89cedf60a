// The files scenarios of `npm run bench` (issue 14): importing a 10,000-row 爱心一日捐 workbook over
// HTTP (import10k), and exporting a year of 100,000 records as the ledgers workbook (export100k).
// Both run against the built api as a child process (run.mjs startApp), through /files like a user.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { prng } from './lib/generator.mjs';

const REGISTER = `mutation($input: RegisterOrgUnitInput!) { registerOrgUnit(input: $input) { orgUnit { id } } }`;
const LAUNCH = `mutation($input: LaunchDonationCampaignInput!) { launchDonationCampaign(input: $input) { campaign { id } } }`;
const CAMPAIGNS = `query { communityResponsibility(year: 2023) { charity { campaigns { campaignId amount donorCount unionCount } } } }`;
const DEPARTMENTS = ['综合部', '网络部', '客户服务部', '市场部', '财务部', '政企部', '工程建设部'];

const idOf = (reply, path) => {
  const value = path.reduce((v, key) => v?.[key], reply.body?.data);
  if (!value) throw new Error(`unexpected answer: ${JSON.stringify(reply.body)}`);
  return value;
};

/** A 10,000-row donation workbook as a treasurer fills it in: union names, amounts, donors, dates. */
async function donationWorkbook(rows, seed) {
  const rand = prng(seed);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('爱心一日捐');
  sheet.addRow(['部门工会', '金额（元）', '捐款人数', '收款日期']);
  let fen = 0;
  let donors = 0;
  for (let i = 0; i < rows; i++) {
    const amountFen = 10_000 + Math.floor(rand() * 990_000);
    const donorCount = 1 + Math.floor(rand() * 80);
    fen += amountFen;
    donors += donorCount;
    sheet.addRow([`${DEPARTMENTS[i % DEPARTMENTS.length]}工会`, amountFen / 100, donorCount, new Date(Date.UTC(2023, 5, 2 + (i % 28)))]);
  }
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), fen, donors };
}

/** import10k: POST the workbook, all or nothing; the figure is the whole request, read-your-writes included. */
export async function import10k(app, token, { rows = 10_000, seed = 14 } = {}) {
  const bureau = idOf(await app.gql(REGISTER, { input: { name: '南区局', kind: 'BUREAU' } }), ['registerOrgUnit', 'orgUnit', 'id']);
  const bureauUnion = idOf(await app.gql(REGISTER, { input: { name: '南区局工会', kind: 'UNION', parentId: bureau } }), ['registerOrgUnit', 'orgUnit', 'id']);
  for (const department of DEPARTMENTS) {
    const id = idOf(await app.gql(REGISTER, { input: { name: department, kind: 'DEPARTMENT', parentId: bureau } }), ['registerOrgUnit', 'orgUnit', 'id']);
    await app.gql(REGISTER, { input: { name: `${department}工会`, kind: 'UNION', parentId: id } });
  }
  const campaignId = idOf(await app.gql(LAUNCH, { input: { name: '2023年爱心一日捐', organizerId: bureauUnion, year: 2023, launchedOn: '2023-06-01' } }), ['launchDonationCampaign', 'campaign', 'id']);
  const { file, fen, donors } = await donationWorkbook(rows, seed);
  const post = async () => {
    const form = new FormData();
    form.append('file', new Blob([file]), 'donations.xlsx');
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${app.port}/files/imports/union-donations?campaignId=${campaignId}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    const report = await response.json();
    return { seconds: (performance.now() - started) / 1000, status: response.status, report };
  };
  const first = await post();
  if (first.status !== 200 || first.report.written !== rows) throw new Error(`import10k: HTTP ${first.status}, ${JSON.stringify(first.report).slice(0, 500)}`);
  const totals = idOf(await app.gql(CAMPAIGNS, {}), ['communityResponsibility', 'charity', 'campaigns']).find((c) => c.campaignId === campaignId);
  const expected = { amount: (fen / 100).toFixed(2), donorCount: donors };
  if (totals.amount !== expected.amount || totals.donorCount !== expected.donorCount) throw new Error(`import10k: the section says ${JSON.stringify(totals)}, the file ${JSON.stringify(expected)}`);
  // The same file again: nothing written, every row recognised.
  const repeat = await post();
  if (repeat.report.written !== 0 || repeat.report.alreadyImported !== rows) throw new Error(`import10k repeat: ${JSON.stringify(repeat.report).slice(0, 500)}`);
  return { seconds: first.seconds, repeatSeconds: repeat.seconds, rows, fileKb: file.length / 1024 };
}

export const EXPORT_YEAR = 2024;

const RECORD_SHEETS_EXCLUDE = new Set(['汇总']);

/** VmRSS / VmHWM of a process, in MB, from /proc. */
function memoryMb(pid, field) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * export100k: GET /files/ledgers/{year}.xlsx of a year of 100,000+ records, read to the end; the
 * api's peak RSS during the export comes from its high-water mark, reset just before (clear_refs).
 */
export async function export100k(app, token) {
  const baselineRssMb = memoryMb(app.pid, 'VmRSS');
  let hwmReset = true;
  try {
    writeFileSync(`/proc/${app.pid}/clear_refs`, '5');
  } catch {
    hwmReset = false;
  }
  let sampledPeak = baselineRssMb;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, memoryMb(app.pid, 'VmRSS'))), 20);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${app.port}/files/ledgers/${EXPORT_YEAR}.xlsx`, { headers: { authorization: `Bearer ${token}` } });
  const chunks = [];
  for await (const chunk of response.body) chunks.push(chunk);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const peakRssMb = hwmReset ? Math.max(memoryMb(app.pid, 'VmHWM'), sampledPeak) : sampledPeak;
  if (response.status !== 200) throw new Error(`export100k: HTTP ${response.status} ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`);
  const file = Buffer.concat(chunks);
  return { seconds, records: await recordRowsOf(file), megabytes: file.length / 1024 / 1024, peakRssMb, baselineRssMb };
}

/**
 * Every record row of the exported workbook, counted from its parts (not timed). Not exceljs'
 * streaming reader: its one pass over the zip now and then loses a part (exceljs#3064).
 */
async function recordRowsOf(file) {
  const zip = await JSZip.loadAsync(file);
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  let records = 0;
  const attribute = (element, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  const targets = new Map([...rels.matchAll(/<Relationship\s[^>]*>/g)].map(([rel]) => [attribute(rel, 'Id'), attribute(rel, 'Target')]));
  for (const [sheetElement] of book.matchAll(/<sheet\s[^>]*>/g)) {
    if (RECORD_SHEETS_EXCLUDE.has(attribute(sheetElement, 'name'))) continue;
    const target = targets.get(attribute(sheetElement, 'r:id'));
    const sheet = (await zip.file(target?.startsWith('/') ? target.slice(1) : `xl/${target}`)?.async('string')) ?? '';
    // Every <row> but the header.
    records += Math.max(0, (sheet.match(/<row /g)?.length ?? 0) - 1);
  }
  return records;
}
