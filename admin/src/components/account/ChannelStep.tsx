import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useFieldMessage } from '../../hooks/useFieldMessage';
import { getTranslation } from '../../utils/getTranslation';
import { TextField } from '../TextField';

import type { FieldErrors } from '../../validation/fieldErrors';
import type { AccountDraft, ChannelField } from '../../validation/account';

interface ChannelStepProps {
  draft: AccountDraft;
  errors: FieldErrors<ChannelField>;
  onChange: (patch: Partial<AccountDraft>) => void;
}

const ChannelStep = ({ draft, errors, onChange }: ChannelStepProps) => {
  const { formatMessage } = useIntl();
  const fieldMessage = useFieldMessage();

  return (
    <Flex direction="column" alignItems="stretch" gap={5} maxWidth="64rem">
      <TextField
        name="name"
        required
        label={formatMessage({ id: getTranslation('accounts.name'), defaultMessage: 'Name' })}
        value={draft.name}
        onChange={(name) => onChange({ name })}
        error={fieldMessage(errors.name)}
        hint={formatMessage({
          id: getTranslation('account.name.hint'),
          defaultMessage: 'How you and your agents recognise this account, for example "Support line".',
        })}
      />
      <TextField
        name="channel"
        label={formatMessage({ id: getTranslation('account.channel'), defaultMessage: 'Channel' })}
        value="SMS"
        onChange={() => undefined}
        disabled
        hint={formatMessage({
          id: getTranslation('account.channel.hint'),
          defaultMessage: 'This plugin connects the SMS channel.',
        })}
      />
    </Flex>
  );
};

export { ChannelStep };
