import type { Context } from 'koa';

/**
 * Answers in Strapi's error shape from code that runs before Strapi's own error middleware
 * (the callback body guard sits ahead of the body parser).
 */
export const respondWithError = (ctx: Context, status: number, name: string, message: string): void => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = { data: null, error: { status, name, message, details: {} } };
};
