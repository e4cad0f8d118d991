import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { errorArguments } from '../../../shared/contracts/errors/problem';
import { createAccountRepository } from '../accounts/account.repository';
import { createCredentialVault } from '../accounts/credential-vault';
import type { PluginEventBus } from '../events/plugin-events';
import { createTtlCache } from '../runtime/ttl-cache';
import { parseCallbackPayload } from '../telesign/callback-payload';
import { verifyCallbackSignature } from '../telesign/callback-signature';
import { createCallbackEventRepository } from './callback-event.repository';
import { identifyEvent } from './dedupe-key';
import type { ReceiptActivity } from './receipt-activity';
import { createReceiptWriter } from './receipt-writer';

export interface IncomingCallback {
  callbackToken: string;
  rawBody: Buffer;
  authorization?: string | string[];
  xTsAuthorization?: string | string[];
}

/** What the receiver needs of an account to check a signature and file the event. */
interface CallbackAccount {
  id: number;
  name: string;
  customerId: string;
  /** Null when the stored key cannot be decrypted. */
  apiKey: string | null;
}

const parseJsonObject = (rawBody: Buffer): object => {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new errors.ValidationError(...errorArguments('callback.notJson'));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new errors.ValidationError(...errorArguments('callback.notObject'));
  }
  return json;
};

/** How long an account looked up by callback token is reused (see the cache for why). */
const ACCOUNT_CACHE_TTL_MS = 5_000;
const ACCOUNT_CACHE_MAX_ENTRIES = 1_000;
/**
 * Verifies a TeleSign callback and stores it durably before it is acknowledged. Every refusal
 * happens before the insert, so an error path never stores anything.
 */
export const callbackReceiverService = ({
  strapi,
  events,
  receiving,
}: {
  strapi: Core.Strapi;
  events: PluginEventBus;
  receiving: ReceiptActivity;
}) => {
  const accounts = createAccountRepository(strapi);
  const vault = createCredentialVault(strapi);
  const accountCache = createTtlCache(
    async (callbackToken): Promise<CallbackAccount | null> => {
      const account = await accounts.findByCallbackToken(callbackToken);
      if (!account) return null;
      const { id, name, customerId } = account;
      return { id, name, customerId, apiKey: vault.decryptApiKey(account.apiKeyEncrypted) };
    },
    { ttlMs: ACCOUNT_CACHE_TTL_MS, maxEntries: ACCOUNT_CACHE_MAX_ENTRIES, keep: (found) => found !== null },
  );
  const receipts = createReceiptWriter(createCallbackEventRepository(strapi));
  // Accounts are kept a few seconds (see the cache): a change must show at once.
  events.subscribe('account.changed', () => accountCache.clear());

  return {
    async receive(callback: IncomingCallback): Promise<{ duplicate: boolean }> {
      const account = await accountCache.find(callback.callbackToken);
      if (!account) {
        throw new errors.NotFoundError(...errorArguments('callback.unknownUrl'));
      }
      const { apiKey } = account;
      if (!apiKey) {
        strapi.log.error(
          `[sms-channel] Callback for account "${account.name}" refused: its API key cannot be decrypted ` +
            '(no key saved, or the app encryption key changed). Save the API key again.',
        );
        throw new errors.UnauthorizedError(...errorArguments('callback.signatureUncheckable'));
      }
      const verdict = verifyCallbackSignature({
        rawBody: callback.rawBody,
        authorization: callback.authorization,
        xTsAuthorization: callback.xTsAuthorization,
        customerId: account.customerId,
        apiKey,
      });
      if (!verdict.valid) {
        throw new errors.UnauthorizedError(
          ...errorArguments('callback.signatureInvalid', { reason: verdict.reason }),
        );
      }

      // A signed object this version cannot interpret is still stored (and shown by the health
      // endpoint) rather than refused: TeleSign would give up after its retries and it would be lost.
      const payload = parseCallbackPayload(parseJsonObject(callback.rawBody));
      const identity = identifyEvent(account.id, payload, callback.rawBody);
      // Only signed callbacks hold processing back: unsigned noise must not slow it down.
      receiving.touch();
      const result = await receipts.store({
        accountId: account.id,
        ...identity,
        rawBody: callback.rawBody.toString('utf8'),
        receivedAt: new Date(),
        note: payload.kind === 'unsupported' ? payload.reason : null,
      });
      // Acknowledged now; the effects follow in the background (and after a crash, at start-up).
      if (result.stored) events.publish('callback.stored', { eventId: result.id, accountId: account.id });
      return { duplicate: !result.stored };
    },
  };
};
