import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { errorArguments } from '../../../shared/contracts/errors/problem';
import type { Context } from 'koa';
import { z } from 'zod';
import { respondWithError } from '../callbacks/http-error';
import {
  CallbackBodyCutOffError,
  CallbackBodyTooLargeError,
  readRawCallbackBody,
} from '../callbacks/raw-body';
import { getService } from '../utils/get-service';

// Tokens are url-safe random strings; anything else cannot name an account.
const paramsSchema = z.object({ callbackToken: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/) });

const readBody = async (ctx: Context): Promise<Buffer> => {
  try {
    return await readRawCallbackBody(ctx);
  } catch (error) {
    if (error instanceof CallbackBodyTooLargeError) {
      throw new errors.PayloadTooLargeError(
        ...errorArguments('callback.bodyTooLarge', { limit: error.limit }),
      );
    }
    // Answered 400 (a refusal the refusal limit counts) to a sender that is most likely gone.
    if (error instanceof CallbackBodyCutOffError) {
      throw new errors.ApplicationError(
        ...errorArguments('callback.bodyCutOff', { receivedBytes: error.receivedBytes }),
      );
    }
    throw error;
  }
};

export const callbackController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** TeleSign's delivery reports and inbound SMS. Public: the signature is the authentication. */
  async receive(ctx: Context): Promise<void> {
    const params = paramsSchema.safeParse(ctx.params);
    if (!params.success) {
      throw new errors.NotFoundError(...errorArguments('callback.unknownUrl'));
    }
    const rawBody = await readBody(ctx);
    try {
      const { duplicate } = await getService(strapi, 'callbacks').receive({
        callbackToken: params.data.callbackToken,
        rawBody,
        authorization: ctx.request.headers.authorization,
        xTsAuthorization: ctx.request.headers['x-ts-authorization'],
      });
      ctx.status = 200;
      ctx.body = { received: true, duplicate };
    } catch (error) {
      // Strapi's route wrapper turns a thrown UnauthorizedError into a bare "Unauthorized": answered
      // here, the 401 keeps the reason (which customer ID or signature is wrong).
      if (error instanceof errors.UnauthorizedError) {
        respondWithError(ctx, 401, 'UnauthorizedError', error.message);
        return;
      }
      throw error;
    }
  },
});
