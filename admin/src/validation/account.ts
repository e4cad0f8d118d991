import { TELESIGN_API_HOSTS, normalizeApiHost } from '../../../server/src/accounts/api-host';
import { base64ByteLength, MIN_API_KEY_BYTES } from '../../../server/src/accounts/api-key-format';
import { getTranslation } from '../utils/getTranslation';

import { nameProblem, type FieldErrors } from './fieldErrors';
import type { AccountCreateBody, AccountUpdateBody } from '../../../server/src/accounts/account.types';
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

const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** Same alphabet as the server's `isStandardBase64`, which cannot be shared: its module needs node:crypto. */
const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

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

const validateChannelDetails = (draft: AccountDraft): FieldErrors<ChannelField> => {
  const name = nameProblem(draft.name, {
    id: getTranslation('validation.account.name.required'),
    defaultMessage: 'Give the account a name, for example "Support line".',
  });
  return name ? { name } : {};
};

/**
 * The TeleSign credentials, checked as the server checks them before any call to TeleSign.
 * `stored`: the saved account; when it has a key, an empty key field keeps it on the same host.
 */
const validateAccountDetails = (
  draft: AccountDraft,
  stored: StoredCredentials,
): FieldErrors<CredentialsField> => {
  const errors: FieldErrors<CredentialsField> = {};
  const customerId = draft.customerId.trim();
  const apiKey = draft.apiKey.trim();

  if (customerId === '') {
    errors.customerId = {
      descriptor: {
        id: getTranslation('validation.account.customerId.required'),
        defaultMessage: 'Enter the Customer ID from your TeleSign account.',
      },
    };
  } else if (!GUID.test(customerId)) {
    errors.customerId = {
      descriptor: {
        id: getTranslation('validation.account.customerId.format'),
        defaultMessage:
          'A TeleSign Customer ID looks like FFFFFFFF-EEEE-DDDD-1234-AB1234567890. Copy it from your TeleSign account.',
      },
    };
  }

  if (apiKey === '' && !stored?.apiKeySet) {
    errors.apiKey = {
      descriptor: {
        id: getTranslation('validation.account.apiKey.required'),
        defaultMessage: 'Enter the API key from your TeleSign account.',
      },
    };
  } else if (apiKey === '' && apiHostChanged(draft, stored)) {
    errors.apiKey = {
      descriptor: {
        id: getTranslation('validation.account.apiKey.hostChanged'),
        defaultMessage:
          'Enter the API key again: changing the API host needs it. Copy it from your TeleSign account.',
      },
    };
  } else if (apiKey !== '' && !STANDARD_BASE64.test(apiKey)) {
    errors.apiKey = {
      descriptor: {
        id: getTranslation('validation.account.apiKey.format'),
        defaultMessage:
          'A TeleSign API key is base64 text (letters, digits, + and /, ending in = or ==). Copy it again from your TeleSign account.',
      },
    };
  } else if (apiKey !== '' && base64ByteLength(apiKey) < MIN_API_KEY_BYTES) {
    errors.apiKey = {
      descriptor: {
        id: getTranslation('validation.account.apiKey.tooShort'),
        defaultMessage:
          'This is too short for a TeleSign API key: real keys are 88 characters long. Copy the whole key from your TeleSign account.',
      },
    };
  }

  if (draft.apiHostChoice === 'custom' && normalizeApiHost(apiHostOf(draft)) === null) {
    errors.apiHost = {
      descriptor: {
        id: getTranslation('validation.account.apiHost.format'),
        defaultMessage:
          'Enter the API host as a URL such as https://rest-api.telesign.com. Plain http is accepted only for localhost or 127.0.0.1.',
      },
    };
  }

  return errors;
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

const CHANNEL_FIELDS: readonly ChannelField[] = ['name'];
const CREDENTIALS_FIELDS: readonly CredentialsField[] = ['customerId', 'apiKey', 'apiHost'];

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
