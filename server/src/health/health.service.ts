import type { Core } from '@strapi/strapi';
import { createCredentialVault } from '../accounts/credential-vault';
import type { SenderService } from '../outbound/sender.service';
import { pluginConfig } from '../utils/plugin-config';
import { createHealthRepository, type AccountWithDigits } from './health.repository';
import type { AccountHealth, AccountProblem, HealthReport } from './health.types';

/** Whether the channel works, per account and for the callback pipeline as a whole. */
export const healthService = ({
  strapi,
  sender,
}: {
  strapi: Core.Strapi;
  sender: Pick<SenderService, 'outagePausedUntil'>;
}) => {
  const health = createHealthRepository(strapi);
  const vault = createCredentialVault(strapi);

  const latestProblem = async (
    account: AccountWithDigits,
    digits: string[],
  ): Promise<AccountProblem | null> => {
    const [send, callback] = await Promise.all([
      health.lastSendProblem(digits),
      health.lastCallbackProblem(account.id),
    ]);
    const candidates: AccountProblem[] = [
      ...(send ? [{ at: send.at, source: 'send' as const, message: send.text }] : []),
      ...(callback ? [{ at: callback.at, source: 'callback' as const, message: callback.text }] : []),
    ];
    candidates.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());
    return candidates[0] ?? null;
  };

  const accountHealth = async (account: AccountWithDigits): Promise<AccountHealth> => {
    const digits = account.numbers.map((number) => number.digits);
    const [lastCallbackAt, lastError, queued, sending, unknown] = await Promise.all([
      health.lastCallbackAt(account.id),
      latestProblem(account, digits),
      health.countMessages(digits, 'queued'),
      health.countMessages(digits, 'sending'),
      health.countMessages(digits, 'unknown'),
    ]);
    return {
      documentId: account.documentId,
      name: account.name,
      numbers: digits,
      credentials: {
        apiKeySet: Boolean(account.apiKeyEncrypted),
        // Only whether it decrypts: the key itself never leaves this function.
        decryptable: vault.decryptApiKey(account.apiKeyEncrypted) !== null,
        verificationStatus: account.verificationStatus,
        verificationCheckedAt: account.verificationCheckedAt,
      },
      lastCallbackAt,
      lastError,
      queue: { queued, sending, unknown },
      sendingPausedUntil: sender.outagePausedUntil(account.id)?.toISOString() ?? null,
    };
  };

  return {
    async report(): Promise<HealthReport> {
      const accounts = await health.accounts();
      const [
        accountReports,
        unprocessed,
        oldestUnprocessedAt,
        failing,
        unsupported,
        unroutable,
        unmatched,
        otherAccount,
        invalid,
        withoutWorkstream,
      ] = await Promise.all([
        Promise.all(accounts.map(accountHealth)),
        health.countUnprocessed(),
        health.oldestUnprocessedAt(),
        health.countFailing(),
        health.countOutcome('unsupported'),
        health.countOutcome('unroutable'),
        health.countOutcome('unmatched'),
        health.countOutcome('other-account'),
        health.countOutcome('invalid'),
        health.countConversationsWithoutWorkstream(),
      ]);
      return {
        checkedAt: new Date().toISOString(),
        accounts: accountReports,
        callbacks: {
          unprocessed,
          oldestUnprocessedAt,
          failing,
          notProcessable: { unsupported, unroutable, unmatched, otherAccount, invalid },
        },
        conversationsWithoutWorkstream: withoutWorkstream,
        sender: { enabled: pluginConfig(strapi, 'sender').enabled },
      };
    },
  };
};
