import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PluginEventBus } from '../events/plugin-events';
import { createNumberRepository } from '../numbers/number.repository';
import { mapPage, type Page, type PageRequest } from '../utils/pagination';
import { pluginConfig } from '../utils/plugin-config';
import { fieldError, validationError, type FieldError } from '../utils/validate';
import { createAccountRepository, type AccountData } from './account.repository';
import type {
  AccountCreateInput,
  AccountUpdateInput,
} from '../../../shared/contracts/accounts/account.schema';
import type { AccountDeletion, AccountView, AccountWithNumbers } from './account.types';
import { toAccountView } from './account.view';
import { apiHostAddressProblem } from './api-host-address';
import { buildCallbackUrl, callbackUrlWarning } from './callback-url';
import { newCallbackToken } from './callback-token';
import { checkCredentials } from './credential-check';
import { createCredentialVault } from './credential-vault';
import { undecryptableKeyOutcome } from './verification-outcome';
import { errorArguments, problem } from '../../../shared/contracts/errors/problem';

const UNVERIFIED = {
  verificationStatus: 'unverified',
  verificationCheckedAt: null,
  verificationDetail: null,
  verificationCode: null,
  verificationValues: null,
} as const satisfies Partial<AccountData>;

/** Enough for an admin to tell keys apart; four characters of 64 random bytes reveal nothing useful. */
const last4 = (apiKey: string): string => apiKey.slice(-4);

export const accountService = ({ strapi, events }: { strapi: Core.Strapi; events: PluginEventBus }) => {
  const accounts = createAccountRepository(strapi);
  const numbers = createNumberRepository(strapi);
  const vault = createCredentialVault(strapi);

  const view = (account: AccountWithNumbers): AccountView =>
    toAccountView(account, {
      callbackUrl: buildCallbackUrl(strapi, account.callbackToken),
      callbackUrlWarning: callbackUrlWarning(strapi),
    });

  /** Saves account changes and announces them: the callback receiver and the sender keep accounts a while. */
  const save = async (id: number, data: Partial<AccountData>): Promise<AccountWithNumbers> => {
    const saved = await accounts.update(id, data);
    events.publish('account.changed', { accountId: id });
    return saved;
  };

  const allowPrivateNetworks = (): boolean => pluginConfig(strapi, 'apiHost').allowPrivateNetworks;

  const apiHostProblems = (apiHost: string): FieldError[] => {
    const problem = apiHostAddressProblem(apiHost, allowPrivateNetworks());
    return problem ? [fieldError(['apiHost'], problem)] : [];
  };

  const findOr404 = async (documentId: string): Promise<AccountWithNumbers> => {
    const account = await accounts.findByDocumentId(documentId);
    if (!account) {
      throw new errors.NotFoundError(...errorArguments('account.notFound', { id: documentId }));
    }
    return account;
  };

  return {
    async list(page: PageRequest): Promise<Page<AccountView>> {
      return mapPage(await accounts.findPage(page), view);
    },

    async get(documentId: string): Promise<AccountView> {
      return view(await findOr404(documentId));
    },

    async create(input: AccountCreateInput): Promise<AccountView> {
      const problems = apiHostProblems(input.apiHost);
      if (problems.length > 0) throw validationError(problems);
      const created = await accounts.create({
        name: input.name,
        customerId: input.customerId,
        apiKeyEncrypted: vault.encryptApiKey(input.apiKey),
        apiKeyLast4: last4(input.apiKey),
        apiHost: input.apiHost,
        callbackToken: newCallbackToken(),
        ...UNVERIFIED,
      });
      return view(created);
    },

    /**
     * A changed customer ID, key or host makes the last verification meaningless, so it is reset. A
     * new host needs the key again: otherwise anyone allowed to edit the account could send requests
     * signed with the stored key to a host of their own.
     */
    async update(documentId: string, input: AccountUpdateInput): Promise<AccountView> {
      const account = await findOr404(documentId);
      if (input.apiHost !== undefined && input.apiHost !== account.apiHost) {
        const problems = apiHostProblems(input.apiHost);
        if (input.apiKey === undefined) {
          problems.push(
            fieldError(['apiKey'], problem('account.apiKey.hostChanged', { apiHost: input.apiHost })),
          );
        }
        if (problems.length > 0) throw validationError(problems);
      }
      const changes: Partial<AccountData> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.customerId !== undefined) changes.customerId = input.customerId;
      if (input.apiHost !== undefined) changes.apiHost = input.apiHost;
      if (input.apiKey !== undefined) {
        changes.apiKeyEncrypted = vault.encryptApiKey(input.apiKey);
        changes.apiKeyLast4 = last4(input.apiKey);
      }
      const credentialsChanged =
        input.apiKey !== undefined ||
        (changes.customerId !== undefined && changes.customerId !== account.customerId) ||
        (changes.apiHost !== undefined && changes.apiHost !== account.apiHost);
      return view(await save(account.id, credentialsChanged ? { ...changes, ...UNVERIFIED } : changes));
    },

    /** Conversations and messages stay: they refer to numbers by their digits, not to the account. */
    async remove(documentId: string): Promise<AccountDeletion> {
      const account = await findOr404(documentId);
      const removed = await strapi.db.transaction(async () => {
        const owned = await numbers.findForAccount(account.id);
        for (const number of owned) await numbers.delete(number.id);
        await accounts.delete(account.id);
        return owned.map((number) => number.digits);
      });
      events.publish('account.changed', { accountId: account.id });
      const numbersPart = removed.length
        ? ` and its ${removed.length === 1 ? 'number' : `${removed.length} numbers`} ${removed.join(', ')}`
        : '';
      return {
        documentId: account.documentId,
        name: account.name,
        removedNumbers: removed,
        message: `Deleted the account "${account.name}"${numbersPart}. Conversations and messages were kept.`,
      };
    },

    async verify(documentId: string): Promise<AccountView> {
      const account = await findOr404(documentId);
      const apiKey = vault.decryptApiKey(account.apiKeyEncrypted);
      const outcome = apiKey
        ? await checkCredentials({
            apiHost: account.apiHost,
            customerId: account.customerId,
            apiKey,
            timeoutMs: pluginConfig(strapi, 'telesign').requestTimeoutMs,
            allowPrivateNetworks: allowPrivateNetworks(),
          })
        : undecryptableKeyOutcome(vault.isAvailable());
      return view(
        await accounts.update(account.id, {
          verificationStatus: outcome.status,
          verificationCheckedAt: new Date(),
          verificationDetail: outcome.detail,
          verificationCode: outcome.code,
          verificationValues: outcome.values,
        }),
      );
    },

    /**
     * The previous callback URL stops working at once in this process (its token no longer names an
     * account) and within the callback account cache's few seconds in other processes.
     */
    async regenerateCallbackToken(documentId: string): Promise<AccountView> {
      const account = await findOr404(documentId);
      return view(await save(account.id, { callbackToken: newCallbackToken() }));
    },
  };
};
