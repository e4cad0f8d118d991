import { Field, Flex, Radio, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { TELESIGN_API_HOSTS } from '../../../../shared/contracts/accounts/api-host';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { getTranslation } from '../../utils/getTranslation';
import { TextField } from '../TextField';

import {
  apiHostChanged,
  type AccountDraft,
  type ApiHostChoice,
  type CredentialsField,
} from '../../validation/account';

import type { Account } from '../../api/accounts';
import type { FieldErrors } from '../../validation/fieldErrors';

const HOST_CHOICES: readonly ApiHostChoice[] = ['standard', 'enterprise', 'custom'];

interface CredentialsStepProps {
  draft: AccountDraft;
  /** The saved account when editing: its key is kept unless a new one is typed. */
  account: Account | null;
  errors: FieldErrors<CredentialsField>;
  onChange: (patch: Partial<AccountDraft>) => void;
}

const CredentialsStep = ({ draft, account, errors, onChange }: CredentialsStepProps) => {
  const { formatMessage } = useIntl();
  const fieldMessage = useFieldMessage();
  // On another API host the stored key is not used: the key has to be entered again.
  const keyKept = account?.apiKeySet === true && !apiHostChanged(draft, account);
  const storedKey = keyKept ? `•••• ${account?.apiKeyLast4 ?? ''}` : null;

  const keyHint = () => {
    if (keyKept) {
      return formatMessage(
        {
          id: getTranslation('account.apiKey.storedHint'),
          defaultMessage:
            'A key ending in {last4} is stored. Leave this empty to keep it, or paste a new key to replace it.',
        },
        { last4: account?.apiKeyLast4 ?? '' },
      );
    }
    if (account?.apiKeySet) {
      return formatMessage({
        id: getTranslation('account.apiKey.hostChangedHint'),
        defaultMessage:
          'The API host changes, so enter the API key again: the stored key is only used with the host it was entered for.',
      });
    }
    return formatMessage({
      id: getTranslation('account.apiKey.hint'),
      defaultMessage:
        'The API key generated in your TeleSign account. It is stored encrypted; only its last four characters are ever shown again.',
    });
  };

  const hostLabels: Record<ApiHostChoice, string> = {
    standard: formatMessage(
      { id: getTranslation('account.apiHost.standard'), defaultMessage: 'Self-service account ({host})' },
      { host: TELESIGN_API_HOSTS.standard },
    ),
    enterprise: formatMessage(
      { id: getTranslation('account.apiHost.enterprise'), defaultMessage: 'Enterprise account ({host})' },
      { host: TELESIGN_API_HOSTS.enterprise },
    ),
    custom: formatMessage({
      id: getTranslation('account.apiHost.custom'),
      defaultMessage: 'Another URL (a proxy or a local TeleSign simulator)',
    }),
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={5} maxWidth="64rem">
      <TextField
        name="provider"
        label={formatMessage({ id: getTranslation('account.provider'), defaultMessage: 'Provider' })}
        value="TeleSign"
        onChange={() => undefined}
        disabled
      />
      <TextField
        name="customerId"
        required
        label={formatMessage({ id: getTranslation('accounts.customerId'), defaultMessage: 'Customer ID' })}
        value={draft.customerId}
        onChange={(customerId) => onChange({ customerId })}
        placeholder="FFFFFFFF-EEEE-DDDD-1234-AB1234567890"
        error={fieldMessage(errors.customerId)}
        hint={formatMessage({
          id: getTranslation('account.customerId.hint'),
          defaultMessage: 'The Customer ID generated in your TeleSign account.',
        })}
      />
      <TextField
        name="apiKey"
        type="password"
        autoComplete="new-password"
        required={storedKey === null}
        label={formatMessage({ id: getTranslation('account.apiKey'), defaultMessage: 'API key' })}
        value={draft.apiKey}
        onChange={(apiKey) => onChange({ apiKey })}
        placeholder={storedKey ?? undefined}
        error={fieldMessage(errors.apiKey)}
        hint={keyHint()}
      />
      <Field.Root name="apiHost" error={fieldMessage(errors.apiHost)}>
        <Field.Label>
          {formatMessage({ id: getTranslation('account.apiHost'), defaultMessage: 'API host' })}
        </Field.Label>
        <Radio.Group
          value={draft.apiHostChoice}
          onValueChange={(value: string) => {
            const choice = HOST_CHOICES.find((candidate) => candidate === value);
            if (choice) {
              onChange({ apiHostChoice: choice });
            }
          }}
          aria-label={formatMessage({ id: getTranslation('account.apiHost'), defaultMessage: 'API host' })}
        >
          {HOST_CHOICES.map((choice) => (
            <Radio.Item key={choice} value={choice}>
              {hostLabels[choice]}
            </Radio.Item>
          ))}
        </Radio.Group>
        {draft.apiHostChoice === 'custom' ? null : <Field.Error />}
      </Field.Root>
      {draft.apiHostChoice === 'custom' ? (
        <TextField
          name="customApiHost"
          type="url"
          required
          label={formatMessage({ id: getTranslation('account.apiHost.url'), defaultMessage: 'API host URL' })}
          value={draft.customApiHost}
          onChange={(customApiHost) => onChange({ customApiHost })}
          placeholder="https://"
          error={fieldMessage(errors.apiHost)}
        />
      ) : null}
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('account.apiHost.hint'),
          defaultMessage:
            'Self-service accounts (portal.telesign.com) use rest-api.telesign.com; enterprise accounts (teleportal.telesign.com) use rest-ww.telesign.com.',
        })}
      </Typography>
    </Flex>
  );
};

export { CredentialsStep };
