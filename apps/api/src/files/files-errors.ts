// The /files routes answer plain HTTP, not GraphQL: every refusal is a 4xx with a Chinese JSON body
// `{ code, message, fields? }`. The codes and messages of typed errors come from the one mapping
// GraphQL uses (graphql/error-formatting.ts); only the HTTP status is added here.
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { formatGraphQLError } from '../graphql/error-formatting';

/** A file refused as a whole (not a workbook, too large, wrong columns, …), before any row is checked. */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    /** What a client may show beside the message (the missing columns, say). */
    readonly details: Readonly<Record<string, unknown>> = {},
    /** What went wrong underneath, for the operator's log; never shown to the person. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

export interface FilesErrorBody {
  readonly code: string;
  readonly message: string;
  readonly [detail: string]: unknown;
}

const STATUS_OF_CODE: Readonly<Record<string, HttpStatus>> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  // Saved, not yet in the totals: the request succeeded, the read model lags.
  RECORDED_NOT_YET_COUNTED: HttpStatus.ACCEPTED,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Nest's own HTTP errors (multer's size limit, an unexpected form field), said in Chinese. */
const HTTP_MESSAGES: Readonly<Partial<Record<number, { code: string; message: string }>>> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: { code: 'FILE_TOO_LARGE', message: '文件超过了 10 MB 的上限，请拆分后分批导入' },
  [HttpStatus.BAD_REQUEST]: { code: 'BAD_USER_INPUT', message: '请求格式有误：请用表单字段 file 上传一个 Excel 文件' },
  [HttpStatus.NOT_FOUND]: { code: 'NOT_FOUND', message: '没有这个地址' },
};

export function errorBodyOf(error: unknown): { status: HttpStatus; body: FilesErrorBody } {
  if (error instanceof FileRefusedError) return { status: error.status, body: { code: error.code, message: error.message, ...error.details } };
  if (error instanceof HttpException) {
    const known = HTTP_MESSAGES[error.getStatus()];
    return { status: error.getStatus(), body: known ?? { code: 'BAD_USER_INPUT', message: '请求无法处理' } };
  }
  const formatted = formatGraphQLError({ message: error instanceof Error ? error.message : String(error) }, error);
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const fields = formatted.extensions?.['fields'];
  return { status: STATUS_OF_CODE[code] ?? HttpStatus.INTERNAL_SERVER_ERROR, body: { code, message: formatted.message, ...(fields ? { fields } : {}) } };
}

/** Every error of the /files routes, the auth guard's included, as a status and a JSON body. */
@Catch()
export class FilesExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Files');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = errorBodyOf(error);
    if (error instanceof FileRefusedError && error.cause !== undefined) {
      // The person is told the file cannot be read; whoever looks into it next needs the reason.
      this.logger.warn(`上传的文件被拒绝（${error.code}），原因：${messageOf(error.cause)}`);
    }
    if (response.headersSent) {
      // A download that failed midway: the client sees a broken file, the log sees why.
      this.logger.error(`文件下载已开始后失败：${messageOf(error)}`);
      response.destroy();
      return;
    }
    response.status(status).json(body);
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
