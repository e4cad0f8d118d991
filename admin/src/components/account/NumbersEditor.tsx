import { useState } from 'react';

import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { ConfirmDialog, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { deleteNumber, type SmsNumber } from '../../api/numbers';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
import { getTranslation } from '../../utils/getTranslation';

import { NumberDialog } from './NumberDialog';
import { NumbersTable } from './NumbersTable';

type Editing = { kind: 'add' } | { kind: 'edit'; number: SmsNumber } | { kind: 'remove'; number: SmsNumber };

interface NumbersEditorProps {
  accountId: string;
  numbers: SmsNumber[];
  /** Called after every change, so the owner can show the account as the server now has it. */
  onChanged: () => void;
}

/** An account's SMS numbers with add, edit and remove. */
const NumbersEditor = ({ accountId, numbers, onChanged }: NumbersEditorProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyFailure = useNotifyFailure();
  const [editing, setEditing] = useState<Editing | null>(null);

  const close = () => setEditing(null);

  const saved = (number: SmsNumber) => {
    close();
    toggleNotification({
      type: 'success',
      message: formatMessage(
        { id: getTranslation('numbers.saved'), defaultMessage: '{number} saved' },
        { number: number.number },
      ),
    });
    onChanged();
  };

  const remove = async (number: SmsNumber) => {
    try {
      await deleteNumber(client, number.documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('numbers.removed'), defaultMessage: '{number} removed' },
          { number: number.number },
        ),
      });
      onChanged();
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('numbers.removeFailed'),
        defaultMessage: 'The number could not be removed. Check your connection and try again.',
      });
    } finally {
      close();
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {numbers.length > 0 ? (
        <NumbersTable
          numbers={numbers}
          onEdit={(number) => setEditing({ kind: 'edit', number })}
          onRemove={(number) => setEditing({ kind: 'remove', number })}
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
      <Dialog.Root open={editing?.kind === 'remove'} onOpenChange={(open: boolean) => !open && close()}>
        {editing?.kind === 'remove' ? (
          <ConfirmDialog
            title={formatMessage(
              { id: getTranslation('numbers.remove.title'), defaultMessage: 'Remove {number}?' },
              { number: editing.number.number },
            )}
            onConfirm={() => remove(editing.number)}
          >
            {editing.number.workstream
              ? formatMessage(
                  {
                    id: getTranslation('numbers.remove.bodyInWorkstream'),
                    defaultMessage:
                      'Nothing more can be sent from {number}, and it leaves the workstream {workstream}, so its customer messages no longer reach agents. Its conversations are kept.',
                  },
                  { number: editing.number.number, workstream: editing.number.workstream.name },
                )
              : formatMessage(
                  {
                    id: getTranslation('numbers.remove.body'),
                    defaultMessage: 'Nothing more can be sent from {number}. Its conversations are kept.',
                  },
                  { number: editing.number.number },
                )}
          </ConfirmDialog>
        ) : null}
      </Dialog.Root>
    </Flex>
  );
};

export { NumbersEditor };
