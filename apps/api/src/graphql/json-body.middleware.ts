import { Logger } from '@nestjs/common';
import express, { type RequestHandler } from 'express';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

const logger = new Logger('GraphQL');

/**
 * The JSON body parser, with a size limit (docs/design.md §8) and errors answered as GraphQL-shaped JSON:
 * Express's default error page would otherwise show a stack trace. A body that cannot be read is
 * the client's mistake: BAD_REQUEST, and one line in the log.
 */
export function jsonBodyWithLimit(maxBytes: number): RequestHandler {
  const parse = express.json({ limit: maxBytes });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const { status, type, message } = error as BodyParserError;
      const tooLarge = type === 'entity.too.large';
      logger.warn(`拒绝了一个请求（BAD_REQUEST）：${type ?? '请求体无法读取'}：${String(message).slice(0, 120)}`);
      res.status(tooLarge ? 413 : (status ?? 400)).json({
        errors: [{ message: tooLarge ? `请求超过了 ${maxBytes} 字节的上限` : '请求内容不是有效的 JSON，无法解析', extensions: { code: 'BAD_REQUEST' } }],
      });
    });
}
