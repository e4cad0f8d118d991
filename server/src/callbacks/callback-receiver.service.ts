import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createAccountRepository } from '../accounts/account.repository';
import { createCredentialVault } from '../accounts/credential-vault';
import { parseCallbackPayload } from '../telesign/callback-payload';
import { verifyCallbackSignature } from '../telesign/callback-signature';
import { getService } from '../utils/get-service';
import { createCallbackEventRepository } from './callback-event.repository';
import { identifyEvent } from './dedupe-key';

export interface IncomingCallback {
  callbackToken: string;
  rawBody: Buffer;
  authorization?: string | string[];
  xTsAuthorization?: string | string[];
}

const parseJsonObject = (rawBody: Buffer): object => {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new errors.ValidationError('The callback body is not valid JSON.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new errors.ValidationError('The callback body must be a JSON object.');
  }
  return json;
};

/**
 * Verifies a TeleSign callback and stores it durably before it is acknowledged. Every refusal
 * happens before the single insert, so an error path never stores anything.
 */
export const callbackReceiverService = ({ strapi }: { strapi: Core.Strapi }) => {
  const accounts = createAccountRepository(strapi);
  const vault = createCredentialVault(strapi);
  const events = createCallbackEventRepository(strapi);

  return {
    async receive(callback: IncomingCallback): Promise<{ duplicate: boolean }> {
      const account = await accounts.findByCallbackToken(callback.callbackToken);
      if (!account) {
        throw new errors.NotFoundError(
          'No SMS account has this callback URL. Copy the current callback URL from the account page into TeleSign.',
        );
      }
      const apiKey = vault.decryptApiKey(account.apiKeyEncrypted);
      if (!apiKey) {
        strapi.log.error(
          `[sms-channel] Callback for account "${account.name}" refused: its API key cannot be decrypted ` +
            '(no key saved, or the app encryption key changed). Save the API key again.',
        );
        throw new errors.UnauthorizedError('The callback signature cannot be checked for this account.');
      }
      const verdict = verifyCallbackSignature({
        rawBody: callback.rawBody,
        authorization: callback.authorization,
        xTsAuthorization: callback.xTsAuthorization,
        customerId: account.customerId,
        apiKey,
      });
      if (!verdict.valid) throw new errors.UnauthorizedError(`Invalid TeleSign signature: ${verdict.reason}`);

      // A signed object this version cannot interpret is still stored (and shown by the health
      // endpoint) rather than refused: TeleSign would give up after its retries and it would be lost.
      const payload = parseCallbackPayload(parseJsonObject(callback.rawBody));
      const identity = identifyEvent(payload, callback.rawBody);
      const result = await events.store({
        accountId: account.id,
        ...identity,
        rawBody: callback.rawBody.toString('utf8'),
        receivedAt: new Date(),
        note: payload.kind === 'unsupported' ? payload.reason : null,
      });
      // Acknowledged now; the effects follow in the background (and after a crash, at start-up).
      if (result.stored) getService(strapi, 'callbackProcessing').schedule(result.id);
      return { duplicate: !result.stored };
    },
  };
};
