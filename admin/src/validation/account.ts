import { z } from 'zod';

import { accountFieldSchemas } from '../../../shared/contracts/accounts/account.schema';
import { TELESIGN_API_HOSTS, normalizeApiHost } from '../../../shared/contracts/accounts/api-host';
import { problem } from '../../../shared/contracts/errors/problem';
import { getTranslation } from '../utils/getTranslation';

import { problemMessage, schemaFieldErrors, type FieldErrors } from './fieldErrors';
import type { AccountCreateBody, AccountUpdateBody } from '../../../shared/contracts/accounts/account.types';
import type { Account } from '../api/accounts';

/** `standard` is TeleSign's self-service host, `enterprise` its enterprise host; `custom` any other URL. */
type ApiHostChoice = keyof typeof TELESIGN_API_HOSTS | 'custom';

/** The account wizard's fields as typed, before they become a request body. */
interface AccountDraft {
  name: string;
  customerId: string;
  /** Empty on edit keeps the stored key. */
  apiKey: string;
  apiHostChoice: ApiHostChoice;
  customApiHost: string;
}

/** What the wizard knows of a saved account's credentials; null for a new account. */
type StoredCredentials = Pick<Account, 'apiKeySet' | 'apiHost'> | null;

type ChannelField = 'name';
type CredentialsField = 'customerId' | 'apiKey' | 'apiHost';

const emptyAccountDraft = (): AccountDraft => ({
  name: '',
  customerId: '',
  apiKey: '',
  apiHostChoice: 'standard',
  customApiHost: '',
});

const apiHostChoiceOf = (apiHost: string): ApiHostChoice => {
  if (apiHost === TELESIGN_API_HOSTS.standard) {
    return 'standard';
  }
  return apiHost === TELESIGN_API_HOSTS.enterprise ? 'enterprise' : 'custom';
};

/** A stored account as the wizard shows it; the key field starts empty because keys never come back. */
const draftFromAccount = (account: Account): AccountDraft => {
  const apiHostChoice = apiHostChoiceOf(account.apiHost);

  return {
    name: account.name,
    customerId: account.customerId,
    apiKey: '',
    apiHostChoice,
    customApiHost: apiHostChoice === 'custom' ? account.apiHost : '',
  };
};

const apiHostOf = (draft: AccountDraft): string =>
  draft.apiHostChoice === 'custom' ? draft.customApiHost.trim() : TELESIGN_API_HOSTS[draft.apiHostChoice];

/**
 * A saved account moved to another API host: the server then wants the key again, since the stored
 * one is only ever used with the host it was entered for.
 */
const apiHostChanged = (draft: AccountDraft, stored: StoredCredentials): boolean =>
  stored !== null && normalizeApiHost(apiHostOf(draft)) !== stored.apiHost;

const CHANNEL_FIELDS: readonly ChannelField[] = ['name'];
const CREDENTIALS_FIELDS: readonly CredentialsField[] = ['customerId', 'apiKey', 'apiHost'];

const channelSchema = z.object({ name: accountFieldSchemas.name });

const credentialsSchema = z.object({
  customerId: accountFieldSchemas.customerId,
  apiKey: accountFieldSchemas.apiKey,
  apiHost: accountFieldSchemas.apiHost,
});

const validateChannelDetails = (draft: AccountDraft): FieldErrors<ChannelField> =>
  schemaFieldErrors(channelSchema, { name: draft.name }, CHANNEL_FIELDS);

/**
 * The TeleSign credentials, checked by the server's own rules before any call to TeleSign.
 * `stored`: the saved account; when it has a key, an empty key field keeps it on the same host.
 */
const validateAccountDetails = (
  draft: AccountDraft,
  stored: StoredCredentials,
): FieldErrors<CredentialsField> => {
  const apiKey = draft.apiKey.trim();
  const { apiKey: keyProblem, ...errors } = schemaFieldErrors(
    credentialsSchema,
    { customerId: draft.customerId, apiKey, apiHost: apiHostOf(draft) },
    CREDENTIALS_FIELDS,
  );

  if (draft.customerId.trim() === '') {
    errors.customerId = {
      descriptor: {
        id: getTranslation('validation.account.customerId.required'),
        defaultMessage: 'Enter the Customer ID from your TeleSign account.',
      },
    };
  }
  if (apiKey !== '' || !stored?.apiKeySet) {
    return keyProblem ? { ...errors, apiKey: keyProblem } : errors;
  }
  // The stored key stays, but only on the host it was entered for.
  return apiHostChanged(draft, stored)
    ? {
        ...errors,
        apiKey: problemMessage(problem('account.apiKey.hostChanged', { apiHost: apiHostOf(draft) })),
      }
    : errors;
};

const createBody = (draft: AccountDraft): AccountCreateBody => ({
  name: draft.name.trim(),
  customerId: draft.customerId.trim(),
  apiKey: draft.apiKey.trim(),
  apiHost: apiHostOf(draft),
});

/** Every field is sent; an empty key field is left out so the server keeps the stored key. */
const updateBody = (draft: AccountDraft): AccountUpdateBody => {
  const { apiKey, ...rest } = createBody(draft);

  return apiKey === '' ? rest : { ...rest, apiKey };
};

export {
  apiHostChanged,
  CHANNEL_FIELDS,
  CREDENTIALS_FIELDS,
  createBody,
  draftFromAccount,
  emptyAccountDraft,
  updateBody,
  validateAccountDetails,
  validateChannelDetails,
  type AccountDraft,
  type ApiHostChoice,
  type ChannelField,
  type CredentialsField,
  type StoredCredentials,
};
