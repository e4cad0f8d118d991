import { useState } from 'react';

import { Button, Dialog, IconButton } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { deleteAccount, type Account } from '../../api/accounts';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
import { getTranslation } from '../../utils/getTranslation';

interface DeleteAccountButtonProps {
  account: Account;
  /** `icon` in table rows, `button` in a page header. */
  look: 'icon' | 'button';
  onDeleted: () => void;
}

/** Deletes an account after a confirmation that says exactly what stops working and what is kept. */
const DeleteAccountButton = ({ account, look, onDeleted }: DeleteAccountButtonProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyFailure = useNotifyFailure();
  const [open, setOpen] = useState(false);
  const label = formatMessage(
    { id: getTranslation('account.delete'), defaultMessage: 'Delete {name}' },
    { name: account.name },
  );

  const remove = async () => {
    try {
      await deleteAccount(client, account.documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('account.deleted'), defaultMessage: '{name} deleted' },
          { name: account.name },
        ),
      });
      onDeleted();
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('account.deleteFailed'),
        defaultMessage: 'The account could not be deleted. Check your connection and try again.',
      });
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {look === 'icon' ? (
        <IconButton variant="ghost" label={label} onClick={() => setOpen(true)}>
          <Trash />
        </IconButton>
      ) : (
        <Button variant="danger-light" startIcon={<Trash />} onClick={() => setOpen(true)}>
          {formatMessage({ id: getTranslation('account.delete.short'), defaultMessage: 'Delete' })}
        </Button>
      )}
      <ConfirmDialog
        title={formatMessage(
          { id: getTranslation('account.delete.title'), defaultMessage: 'Delete {name}?' },
          { name: account.name },
        )}
        onConfirm={remove}
      >
        {formatMessage(
          {
            id: getTranslation('account.delete.body'),
            defaultMessage:
              'Its callback URL stops working, so TeleSign can no longer deliver customer messages or delivery reports. {count, plural, =0 {It has no SMS numbers.} one {Its SMS number ({numbers}) is removed from its workstream and nothing more can be sent from it.} other {Its # SMS numbers ({numbers}) are removed from their workstreams and nothing more can be sent from them.}} Conversations and their messages are kept.',
          },
          {
            count: account.numbers.length,
            numbers: account.numbers.map((number) => number.number).join(', '),
          },
        )}
      </ConfirmDialog>
    </Dialog.Root>
  );
};

export { DeleteAccountButton };
