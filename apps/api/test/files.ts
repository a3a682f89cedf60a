// HTTP helpers for the /files e2e tests: downloads and uploads with a bearer token, and the files
// read back as a person's program would: workbooks with exceljs, Word files by unzipping them.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ApiHarness } from './api-harness';

export interface FileResponse {
  readonly status: number;
  readonly contentType: string | null;
  readonly disposition: string | null;
  readonly body: Buffer;
}

export async function download(api: ApiHarness, path: string, token: string | null, headers: Readonly<Record<string, string>> = {}): Promise<FileResponse> {
  const response = await fetch(`${api.url}${path}`, { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

export const jsonOf = <T = Record<string, unknown>>(response: FileResponse): T => JSON.parse(response.body.toString('utf8')) as T;

export interface ImportReportBody {
  kind: string;
  dryRun: boolean;
  rows: number;
  valid: number;
  errors: { row: number; column: string | null; message: string }[];
  warnings: { row: number; message: string }[];
  alreadyImported: number;
  written?: number;
  notWrittenRows?: number[];
  summary: string;
}

/** POSTs `file` as the multipart field `file` (or `field`) to /files/imports/{kind}. */
export async function upload(
  api: ApiHarness,
  path: string,
  file: Buffer,
  token: string | null,
  options: { field?: string; name?: string; type?: string; headers?: Readonly<Record<string, string>> } = {},
): Promise<FileResponse> {
  const form = new FormData();
  form.append(options.field ?? 'file', new Blob([file], { type: options.type ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), options.name ?? 'import.xlsx');
  const response = await fetch(`${api.url}${path}`, { method: 'POST', body: form, headers: { ...options.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

export async function readWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs' typings want its own Buffer flavour; a Node Buffer is one at run time.
  await workbook.xlsx.load(new Uint8Array(file).buffer);
  return workbook;
}

/** A workbook of one data sheet: the header row, then the rows, as cell values. */
export async function workbookOf(header: readonly string[], rows: readonly (readonly ExcelJS.CellValue[])[], sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The text of word/document.xml, one line per paragraph (runs joined), its tables as rows of cell
 * texts, and the raw XML (for fonts and styles).
 */
export async function wordText(file: Buffer): Promise<{ text: string; tables: string[][][]; xml: string; styles: string }> {
  const zip = await JSZip.loadAsync(file);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphsOf(cell[0]).join('\n'))),
  );
  return { text: paragraphsOf(xml).join('\n'), tables, xml, styles };
}

const paragraphsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''));

const decodeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
