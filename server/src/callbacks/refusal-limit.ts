import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { clock } from '../runtime/clock';
import { UIDS } from '../utils/uids';
import { callbackRequestOf } from './callback-route';
import { respondWithError } from './http-error';
import { createRefusalBudget, type RefusalLimit } from './refusal-budget';

/**
 * Statuses of a refused callback request (never a server fault). Strapi's error middleware, mounted
 * inside this one, has turned thrown errors into these by the time the route returns.
 */
const REFUSAL_STATUSES = new Set([400, 401, 404, 405, 413, 415]);

/** How long the accounts' callback tokens are trusted before they are read again. */
const TOKENS_FRESH_MS = 5_000;

/**
 * The callback tokens of all accounts, read at most once per TOKENS_FRESH_MS and only while some
 * address is limited: a limited address's request for an unknown URL is then refused without a
 * database look-up per request.
 */
const createAccountTokens = (strapi: Core.Strapi) => {
  let tokens = new Set<string>();
  let readAt = -Infinity;
  let reading: Promise<void> | null = null;
  const read = async (): Promise<void> => {
    const rows = (await strapi.db.query(UIDS.account).findMany({ select: ['callbackToken'] })) as Array<{
      callbackToken: string | null;
    }>;
    tokens = new Set(rows.flatMap(({ callbackToken }) => (callbackToken ? [callbackToken] : [])));
    readAt = Date.now();
  };
  return {
    async has(token: string): Promise<boolean> {
      if (Date.now() - readAt > TOKENS_FRESH_MS) {
        reading ??= read().finally(() => {
          reading = null;
        });
        await reading;
      }
      return tokens.has(token);
    },
  };
};

const tooManyRefusals = (ctx: Context, retryAfterSeconds: number): void => {
  ctx.set('Retry-After', String(retryAfterSeconds));
  respondWithError(
    ctx,
    429,
    'RateLimitError',
    `Too many refused callbacks from this address (bad signatures, unknown callback URLs or malformed ` +
      `bodies); only correctly signed callbacks are accepted from it for the next ${retryAfterSeconds} s.`,
  );
};

/**
 * docs/reliability.md §7 D5: an address whose callbacks keep being refused is answered 429 once its refusal budget
 * is spent, so a flood of unsigned or forged requests costs no database look-up per request
 * and is told to slow down. A request for a real account's URL is still checked, and accepted when correctly
 * signed: TeleSign never loses a callback to someone else's flood, even when a reverse proxy
 * without `server.proxy.koa` makes every client look like one address.
 */
export const createCallbackRefusalLimit = ({
  strapi,
  limit,
}: {
  strapi: Core.Strapi;
  limit: RefusalLimit;
}) => {
  const budget = createRefusalBudget(limit);
  const accountTokens = createAccountTokens(strapi);

  const charge = (address: string): void => {
    if (!budget.charge(address, clock.now())) return;
    strapi.log.warn(
      `[sms-channel] Callbacks from ${address} keep being refused (bad signatures, unknown callback URLs or ` +
        `malformed bodies): it is answered 429 except for correctly signed callbacks. If this is TeleSign, ` +
        `check the account's API key; behind a reverse proxy, set server.proxy.koa (config/server) so that clients' own addresses are seen.`,
    );
  };

  return async (ctx: Context, next: Next): Promise<void> => {
    const callback = callbackRequestOf(ctx);
    if (!callback) return next();
    const address = ctx.request.ip;
    const limitedFor = budget.retryAfterSeconds(address, clock.now());
    // If the tokens cannot be read, the limited address is refused as if its URL were unknown.
    if (limitedFor > 0 && !(await accountTokens.has(callback.callbackToken).catch(() => false))) {
      tooManyRefusals(ctx, limitedFor);
      return;
    }
    await next();
    if (!REFUSAL_STATUSES.has(ctx.status)) return;
    charge(address);
    if (limitedFor > 0) tooManyRefusals(ctx, Math.max(1, budget.retryAfterSeconds(address, clock.now())));
  };
};
