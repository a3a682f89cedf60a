// Excel in, Excel and Word out (docs/design.md §15): plain HTTP beside /graphql, behind the same
// authentication (the app-wide AuthGuard) and the same access rules (each route asks the queries
// and commands GraphQL uses, which check role and scope). Thin: each route reads its parameters,
// asks one service and sends the file or the report.
import { Controller, Get, HttpStatus, Param, Post, Query, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { IMPORT_KINDS, NotFoundError, isImportKind, type ImportKind } from '@tracker/domain';
import { sectionTextFromMarkdown } from '@tracker/projections';
import type { Response } from 'express';
import { type Caller, CurrentCaller } from '../auth/current-principal.decorator';
import { GetSectionTextQuery } from '../community-responsibility/section-text/get-section-text.query';
import { assertMayReadEdition } from '../editions/edition-access';
import { SectionEditionReader } from '../editions/section-edition.reader';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { sectionDocx } from './exports/section-docx';
import { LedgersExport } from './exports/ledgers-export';
import { FileRefusedError, FilesExceptionFilter } from './files-errors';
import { ImportRunner } from './imports/import-runner';
import { MAX_IMPORT_BYTES } from './imports/workbook-reader';
import { ImportTemplates } from './templates/import-templates';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What multer hands over for the `file` field (memory storage). */
interface UploadedWorkbook {
  readonly buffer: Buffer;
  readonly size: number;
}

type QueryValue = string | string[] | undefined;

@Controller('files')
@UseFilters(FilesExceptionFilter)
export class FilesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly imports: ImportRunner,
    private readonly templates: ImportTemplates,
    private readonly ledgers: LedgersExport,
    private readonly editions: SectionEditionReader,
    private readonly orgChart: OrgChartReader,
  ) {}

  @Get('section/:year.docx')
  async section(@Param('year') year: string, @Query() query: Record<string, QueryValue>, @CurrentCaller() caller: Caller, @Res() res: Response): Promise<void> {
    const editionId = single(query, 'edition');
    if (editionId !== undefined) return this.editionSection(Number(year), editionId, single(query, 'orgUnitId'), caller, res);
    const text = await this.queries.execute(new GetSectionTextQuery(Number(year), single(query, 'orgUnitId'), caller));
    sendFile(res, DOCX, `社区责任-${text.period.replace(/\s+/g, '')}.docx`, await sectionDocx(text));
  }

  /**
   * A published edition's section as Word, made from the report text the edition keeps (never from
   * today's wording of its figures), so it answers the same forever. Read like sectionAdjustments.
   */
  private async editionSection(year: number, editionId: string, orgUnitId: string | undefined, caller: Caller, res: Response): Promise<void> {
    const edition = await this.editions.edition(editionId);
    // The address names the year (and maybe the unit): an edition of another is not this one.
    if (!edition || edition.year !== year || (orgUnitId !== undefined && orgUnitId !== edition.orgUnitId)) {
      throw new NotFoundError(`找不到 ${year} 年度的发布版本“${editionId}”`);
    }
    assertMayReadEdition(caller.principal, await this.orgChart.current(), edition.orgUnitId);
    const text = sectionTextFromMarkdown(edition.report);
    sendFile(res, DOCX, `社区责任-${text.period.replace(/\s+/g, '')}-第${edition.version}版.docx`, await sectionDocx(text));
  }

  @Get('ledgers/:year.xlsx')
  async ledgersWorkbook(@Param('year') year: string, @Query() query: Record<string, QueryValue>, @CurrentCaller() caller: Caller, @Res() res: Response): Promise<void> {
    await this.ledgers.write(Number(year), single(query, 'orgUnitId'), caller, (fileName) => {
      startDownload(res, XLSX, fileName);
      return res;
    });
  }

  @Get('templates/:kind.xlsx')
  async template(@Param('kind') kind: string, @CurrentCaller() caller: Caller, @Res() res: Response): Promise<void> {
    const { fileName, file } = await this.templates.template(importKind(kind), caller);
    sendFile(res, XLSX, fileName, file);
  }

  @Post('imports/:kind')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } }))
  async import(
    @Param('kind') kind: string,
    @Query() query: Record<string, QueryValue>,
    @UploadedFile() file: UploadedWorkbook | undefined,
    @CurrentCaller() caller: Caller,
    @Res() res: Response,
  ): Promise<void> {
    const importing = importKind(kind);
    if (!file) throw new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', '请在表单字段 file 中上传一个 Excel 文件（.xlsx）');
    const { status, report } = await this.imports.run({ kind: importing, file: file.buffer, dryRun: flag(query, 'dryRun'), campaignId: single(query, 'campaignId') }, caller);
    res.status(status).json(report);
  }
}

function importKind(kind: string): ImportKind {
  if (isImportKind(kind)) return kind;
  throw new FileRefusedError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `没有“${kind}”这种导入，可导入：${IMPORT_KINDS.join('、')}`);
}

function single(query: Record<string, QueryValue>, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `参数 ${name} 只能给一个`);
  return value === undefined || value === '' ? undefined : value;
}

function flag(query: Record<string, QueryValue>, name: string): boolean {
  const value = single(query, name);
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new FileRefusedError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `参数 ${name} 应为 true 或 false`);
}

/** Headers of a download; the name is Chinese, so it goes as RFC 5987 `filename*` beside an ASCII fallback. */
function startDownload(res: Response, contentType: string, fileName: string): void {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'download';
  res.status(HttpStatus.OK);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${ascii.startsWith('.') ? `file${ascii}` : ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('Cache-Control', 'no-store');
}

function sendFile(res: Response, contentType: string, fileName: string, file: Buffer): void {
  startDownload(res, contentType, fileName);
  res.setHeader('Content-Length', String(file.length));
  res.end(file);
}
