import { useState } from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';

import { NumberDialog } from './NumberDialog';
import { NumbersTable } from './NumbersTable';

import type { SmsNumber } from '../../api/numbers';

type Editing = { kind: 'add' } | { kind: 'edit'; number: SmsNumber };

interface NumbersEditorProps {
  accountId: string;
  numbers: SmsNumber[];
}

/** An account's SMS numbers with add, edit and remove. */
const NumbersEditor = ({ accountId, numbers }: NumbersEditorProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [editing, setEditing] = useState<Editing | null>(null);

  const close = () => setEditing(null);

  const saved = (number: SmsNumber) => {
    close();
    toggleNotification({
      type: 'success',
      message: formatMessage(
        { id: getTranslation('numbers.saved'), defaultMessage: '{number} saved' },
        { number: formatPhoneNumber(number.number) },
      ),
    });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {numbers.length > 0 ? (
        <NumbersTable
          numbers={numbers}
          manage={{ accountId, onEdit: (number) => setEditing({ kind: 'edit', number }) }}
        />
      ) : (
        <Box background="neutral100" hasRadius padding={5}>
          <Typography textColor="neutral600">
            {formatMessage({
              id: getTranslation('numbers.empty'),
              defaultMessage: 'No SMS number yet. Add the numbers you bought from TeleSign.',
            })}
          </Typography>
        </Box>
      )}
      <Box>
        <Button variant="secondary" startIcon={<Plus />} onClick={() => setEditing({ kind: 'add' })}>
          {formatMessage({ id: getTranslation('numbers.add'), defaultMessage: 'Add number' })}
        </Button>
      </Box>
      {editing?.kind === 'add' ? (
        <NumberDialog accountId={accountId} onClose={close} onSaved={saved} />
      ) : null}
      {editing?.kind === 'edit' ? (
        <NumberDialog accountId={accountId} number={editing.number} onClose={close} onSaved={saved} />
      ) : null}
    </Flex>
  );
};

export { NumbersEditor };
