import express, { type RequestHandler } from 'express';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/**
 * The JSON body parser, with a size limit (docs/design.md §8) and errors answered as GraphQL-shaped JSON:
 * Express's default error page would otherwise show a stack trace.
 */
export function jsonBodyWithLimit(maxBytes: number): RequestHandler {
  const parse = express.json({ limit: maxBytes });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const { status, type } = error as BodyParserError;
      const tooLarge = type === 'entity.too.large';
      res.status(tooLarge ? 413 : (status ?? 400)).json({
        errors: [
          {
            message: tooLarge ? `请求超过了 ${maxBytes} 字节的上限` : '请求内容格式有误，无法解析',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    });
}
