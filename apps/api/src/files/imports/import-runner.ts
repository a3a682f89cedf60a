// Imports a spreadsheet of one kind (docs/design.md §15), all or nothing, through the same commands,
// access checks and deciders as the GraphQL mutations:
//  1. read the sheet, match its header, parse every row (lenient in what a cell holds);
//  2. build each row's command exactly as its mutation would, and authorize and decide them all
//     against the current state (RecordCommands.runBatch): the dry run stops here, and so does an
//     import with any problem, having written nothing;
//  3. otherwise append. Each row's idempotency key comes from the sheet's content hash and the
//     row's number, so importing the same file again writes nothing.
import { HttpStatus, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  type CellProblem,
  type FieldIssue,
  type ImportKind,
  type ImportSheet,
  UUID_PATTERN,
  ValidationError,
  assertNever,
  columnsOf,
  headerOfField,
  matchHeader,
  orgUnitLookup,
  parseRow,
} from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';
import { ForbiddenError } from '../../errors/app-errors';
import { hasRole, ROLE_NAMES, type Role } from '../../auth/principal';
import { rolesOf } from '../../auth/access-policy';
import type { BatchItemOutcome, StorableEvent } from '../../command-handling/command-runner';
import { RecordCommands } from '../../command-handling/record-commands';
import { AggregateLoader } from '../../command-handling/aggregate-loader';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { RecordVolunteerActivityHandler } from '../../volunteer-activities/record-volunteer-activity/record-volunteer-activity.handler';
import { FileRefusedError } from '../files-errors';
import { type ImportKinds, type KindImport, importKinds } from './import-kinds';
import { type ImportReport, type RowError, type RowWarning, summaryOf } from './import-report';
import { LookalikeRecords } from './lookalike-records';
import { type ImportSheetContent, readImportSheet } from './workbook-reader';

export interface ImportRequest {
  readonly kind: ImportKind;
  readonly file: Buffer;
  readonly dryRun: boolean;
  readonly campaignId: string | undefined;
}

export interface ImportResult {
  /** 200 for a dry run and a clean import; 422 when rows have problems; 409 when a write failed midway. */
  readonly status: HttpStatus;
  readonly report: ImportReport;
}

interface ParsedRow<Row> {
  readonly number: number;
  readonly row: Row;
  readonly idempotencyKey: string;
}

@Injectable()
export class ImportRunner {
  private kindsCache: ImportKinds | undefined;

  constructor(
    private readonly commands: RecordCommands,
    private readonly orgChart: OrgChartReader,
    private readonly moduleRef: ModuleRef,
    private readonly loader: AggregateLoader,
    private readonly lookalikes: LookalikeRecords,
  ) {}

  private get kinds(): ImportKinds {
    this.kindsCache ??= importKinds(this.moduleRef.get(RecordVolunteerActivityHandler, { strict: false }), this.loader);
    return this.kindsCache;
  }

  run(request: ImportRequest, caller: Caller): Promise<ImportResult> {
    const { kind } = request;
    switch (kind) {
      case 'union-donations':
        return this.runKind(this.kinds[kind], request, caller);
      case 'volunteer-activities':
        return this.runKind(this.kinds[kind], request, caller);
      case 'exam-sentinel-shifts':
        return this.runKind(this.kinds[kind], request, caller);
      case 'relief-grants':
        return this.runKind(this.kinds[kind], request, caller);
      default:
        return assertNever(kind);
    }
  }

  private async runKind<Row, Command, Event extends StorableEvent, State>(
    kind: KindImport<Row, Command, Event, State>,
    request: ImportRequest,
    caller: Caller,
  ): Promise<ImportResult> {
    assertMayImport(caller, kind.role, kind.sheet.sheetName);
    const campaignId = checkedCampaignId(kind.needsCampaign, kind.sheet.sheetName, request.campaignId);
    const content = await readImportSheet(request.file);
    await kind.checkTarget?.(campaignId);
    const { sheet } = kind;
    const header = matchHeader(sheet, content.headers);
    if (!header.ok || content.unnamedColumns.length > 0) throw headerRefusal(sheet, header.ok ? undefined : header, content);

    const lookup = orgUnitLookup(await this.orgChart.current());
    const errors: RowError[] = [];
    const parsedRows: ParsedRow<Row>[] = [];
    for (const { number, cells } of content.rows) {
      const result = parseRow(sheet, header.fieldAt, cells, { orgUnits: lookup });
      if (result.ok) parsedRows.push({ number, row: result.row, idempotencyKey: rowKey(content, request.kind, campaignId, number) });
      else errors.push(...result.problems.map((p: CellProblem) => ({ row: number, column: p.column, message: p.message })));
    }

    // Rows that parsed go through their deciders even when others did not, so one dry run lists
    // everything; a batch with any refusal writes nothing.
    const commandOf = await kind.commands(caller, campaignId);
    const rowCommands = parsedRows.map((p) => commandOf(p.row, p.idempotencyKey));
    const items = rowCommands.map((r) => r.command);
    // Looked for before anything is written; a row never looks like the record it makes itself.
    const lookalikes = await this.lookalikes.warningsFor(parsedRows.map((p, i) => ({ number: p.number, candidate: kind.lookAlike(p.row, campaignId), recordId: rowCommands[i]?.recordId ?? '' })));
    const warnings = [...duplicateRows(content), ...lookalikes];
    const dryRun = request.dryRun || errors.length > 0;
    const outcomes = await this.commands.runBatch(caller, kind.records, items, { dryRun });
    errors.push(...refusalsOf(sheet, parsedRows, outcomes));
    return resultOf(request, content, parsedRows, outcomes, errors, warnings, dryRun);
  }
}

/** A caller without the kind's role is refused before any row is read; each row's scope is its command's access check. */
function assertMayImport(caller: Caller, role: Role, what: string): void {
  const { principal } = caller;
  if (hasRole(principal, 'ADMIN') || hasRole(principal, role)) return;
  throw new ForbiddenError(`导入${what}需要${ROLE_NAMES[role]}角色，你的角色是${rolesOf(principal)}`);
}

function checkedCampaignId(needsCampaign: boolean, what: string, campaignId: string | undefined): string {
  if (!needsCampaign) {
    if (campaignId !== undefined) throw new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `campaignId 只用于导入爱心一日捐，导入${what}时请去掉`);
    return '';
  }
  if (campaignId === undefined || campaignId.trim() === '') throw new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', '请用 campaignId 指明善款计入哪一次爱心一日捐活动');
  if (!UUID_PATTERN.test(campaignId)) throw new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `campaignId“${campaignId}”不是有效的活动编号`);
  return campaignId;
}

function headerRefusal(sheet: ImportSheet<unknown>, problems: { missing: readonly string[]; unknown: readonly string[]; repeated: readonly string[] } | undefined, content: ImportSheetContent): FileRefusedError {
  const unnamed = content.unnamedColumns.map((column) => `第 ${columnLetter(column)} 列有数据但没有列名`);
  const parts = [
    ...(problems?.missing.length ? [`缺少列：${problems.missing.join('、')}`] : []),
    ...(problems?.unknown.length ? [`无法识别的列：${problems.unknown.join('、')}`] : []),
    ...(problems?.repeated.length ? [`重复的列：${problems.repeated.join('、')}`] : []),
    ...unnamed,
  ];
  return new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_COLUMNS', `第 1 行的列名与${sheet.sheetName}导入模板不符：${parts.join('；')}。请使用导入模板的列名`, {
    missingColumns: problems?.missing ?? [],
    unknownColumns: problems?.unknown ?? [],
    repeatedColumns: problems?.repeated ?? [],
  });
}

const columnLetter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : `${columnLetter(Math.floor(index / 26) - 1)}${String.fromCharCode(65 + (index % 26))}`);

/** The row's idempotency key: the same row of the same sheet content always gets the same one. */
function rowKey(content: ImportSheetContent, kind: ImportKind, campaignId: string, row: number): string {
  return `import:${kind}:${content.contentHash.slice(0, 32)}${campaignId ? `:${campaignId.slice(0, 8)}` : ''}:r${row}`;
}

/** Each refused command's reasons, named by row and column. */
function refusalsOf<Row>(sheet: ImportSheet<Row>, rows: readonly ParsedRow<Row>[], outcomes: readonly BatchItemOutcome[]): RowError[] {
  return outcomes.flatMap((outcome, index) => {
    const row = rows[index]?.number ?? 0;
    if (outcome.status !== 'refused') return [];
    const { error } = outcome;
    if (error instanceof ValidationError) return error.issues.map((issue: FieldIssue) => ({ row, column: headerOfField(sheet, issue.field) ?? null, message: issue.message }));
    // Out of scope is about the unit the row names.
    const column = error instanceof ForbiddenError ? (columnsOf(sheet).find(([, spec]) => spec.cellType === 'org')?.[1].header ?? null) : null;
    return [{ row, column, message: error.message }];
  });
}

/** Rows with exactly the same cells as an earlier row of the file: probably pasted twice. */
function duplicateRows(content: ImportSheetContent): RowWarning[] {
  const first = new Map<string, number>();
  const warnings: RowWarning[] = [];
  for (const { number, cells } of content.rows) {
    const key = JSON.stringify(cells);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, number);
    else warnings.push({ row: number, message: `与第 ${earlier} 行内容完全相同，是否重复填写？（仍会作为另一条记录导入）` });
  }
  return warnings;
}

function resultOf<Row>(
  request: ImportRequest,
  content: ImportSheetContent,
  rows: readonly ParsedRow<Row>[],
  outcomes: readonly BatchItemOutcome[],
  errors: readonly RowError[],
  warnings: readonly RowWarning[],
  dryRun: boolean,
): ImportResult {
  const count = (status: BatchItemOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const notWrittenRows = outcomes.flatMap((o, i) => (o.status === 'not-written' || (o.status === 'refused' && !dryRun) ? [rows[i]?.number ?? 0] : []));
  const sortedErrors = [...errors].sort((a, b) => a.row - b.row);
  const badRows = new Set(sortedErrors.map((e) => e.row));
  const base = {
    kind: request.kind,
    dryRun: request.dryRun,
    rows: content.rows.length,
    valid: content.rows.length - badRows.size,
    errors: sortedErrors,
    warnings: [...warnings].sort((a, b) => a.row - b.row),
    alreadyImported: count('repeat'),
    ...(request.dryRun ? {} : { written: count('written') }),
    ...(notWrittenRows.length > 0 && count('written') > 0 ? { notWrittenRows } : {}),
  };
  const report: ImportReport = { ...base, summary: summaryOf(base) };
  const status = request.dryRun ? HttpStatus.OK : report.notWrittenRows ? HttpStatus.CONFLICT : sortedErrors.length > 0 ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
  return { status, report };
}
