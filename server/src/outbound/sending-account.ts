import type { Core } from '@strapi/strapi';
import type { AccountRecord } from '../accounts/account.types';
import { createCredentialVault } from '../accounts/credential-vault';
import { createNumberRepository } from '../numbers/number.repository';
import { createTtlCache } from '../runtime/ttl-cache';
import { createTeleSignClient, type TeleSignClient } from '../telesign/client';
import { pluginConfig } from '../utils/plugin-config';
import { UIDS } from '../utils/uids';

/** Default connect budget of the TeleSign client; a shorter request timeout shortens it too. */
const CONNECT_TIMEOUT_MS = 5_000;

export type SendingAccount =
  { ok: true; account: AccountRecord; client: TeleSignClient } | { ok: false; reason: string };

/**
 * The TeleSign account a business number sends through, with a client signed by its key. The
 * key is decrypted here, used for this client only and never stored or logged.
 */
export const resolveSendingAccount = async (
  strapi: Core.Strapi,
  businessNumber: string,
): Promise<SendingAccount> => {
  const number = await createNumberRepository(strapi).findByDigits(businessNumber);
  if (!number?.account) {
    return {
      ok: false,
      reason: `The business number ${businessNumber} is not set up in an SMS account any more (Setup → SMS numbers); nothing was sent.`,
    };
  }
  const account = (await strapi.db
    .query(UIDS.account)
    .findOne({ where: { id: number.account.id } })) as AccountRecord | null;
  if (!account) {
    return { ok: false, reason: `The SMS account of ${businessNumber} no longer exists; nothing was sent.` };
  }
  const apiKey = createCredentialVault(strapi).decryptApiKey(account.apiKeyEncrypted);
  if (!apiKey) {
    return {
      ok: false,
      reason:
        `The API key of the SMS account "${account.name}" cannot be decrypted (none saved, or the app's ` +
        'encryption key changed). Save the API key again under Setup, then retry the message.',
    };
  }
  const timeoutMs = pluginConfig(strapi, 'telesign').requestTimeoutMs;
  try {
    const client = createTeleSignClient({
      baseUrl: account.apiHost,
      customerId: account.customerId,
      apiKey,
      connectTimeoutMs: Math.min(CONNECT_TIMEOUT_MS, timeoutMs),
      responseTimeoutMs: timeoutMs,
      allowPrivateNetworks: pluginConfig(strapi, 'apiHost').allowPrivateNetworks,
    });
    return { ok: true, account, client };
  } catch (error) {
    return {
      ok: false,
      reason: `The SMS account "${account.name}" cannot be used: ${(error as Error).message} Fix it under Setup.`,
    };
  }
};

/** How long the sender reuses a business number's account and signed client. */
const SENDING_ACCOUNT_TTL_MS = 5_000;
const SENDING_ACCOUNT_MAX_ENTRIES = 1_000;

/**
 * `resolveSendingAccount` for the sender loop, kept per business number for a few seconds: a
 * drain of thousands of replies would otherwise look the number and account up and decrypt the
 * key once per message. Only usable accounts are kept, so a fixed setup is used at once; account
 * and number changes in this process call `forget()`; another process's are seen within 5 s.
 */
export const createSendingAccounts = (strapi: Core.Strapi) => {
  const cache = createTtlCache((businessNumber) => resolveSendingAccount(strapi, businessNumber), {
    ttlMs: SENDING_ACCOUNT_TTL_MS,
    maxEntries: SENDING_ACCOUNT_MAX_ENTRIES,
    keep: (sending) => sending.ok,
  });
  return {
    resolve: (businessNumber: string): Promise<SendingAccount> => cache.find(businessNumber),
    forget: (): void => cache.clear(),
  };
};

export type SendingAccounts = ReturnType<typeof createSendingAccounts>;
