import { useState } from 'react';

import { Dialog, IconButton } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { deleteWorkstream, type Workstream } from '../../api/workstreams';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
import { getTranslation } from '../../utils/getTranslation';

/** Deletes a workstream after saying what happens to its numbers. */
const DeleteWorkstreamButton = ({
  workstream,
  onDeleted,
}: {
  workstream: Workstream;
  onDeleted: () => void;
}) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyFailure = useNotifyFailure();
  const [open, setOpen] = useState(false);

  const remove = async () => {
    try {
      await deleteWorkstream(client, workstream.documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('workstream.deleted'), defaultMessage: '{name} deleted' },
          { name: workstream.name },
        ),
      });
      onDeleted();
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('workstream.deleteFailed'),
        defaultMessage: 'The workstream could not be deleted. Check your connection and try again.',
      });
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <IconButton
        variant="ghost"
        label={formatMessage(
          { id: getTranslation('workstream.delete'), defaultMessage: 'Delete {name}' },
          { name: workstream.name },
        )}
        onClick={() => setOpen(true)}
      >
        <Trash />
      </IconButton>
      <ConfirmDialog
        title={formatMessage(
          { id: getTranslation('workstream.delete.title'), defaultMessage: 'Delete {name}?' },
          { name: workstream.name },
        )}
        onConfirm={remove}
      >
        {formatMessage(
          {
            id: getTranslation('workstream.delete.body'),
            defaultMessage:
              '{count, plural, =0 {It routes no SMS number.} one {Its SMS number ({numbers}) is kept but no longer routed to agents until you add it to another workstream.} other {Its SMS numbers ({numbers}) are kept but no longer routed to agents until you add them to another workstream.}} Conversations are kept.',
          },
          {
            count: workstream.numbers.length,
            numbers: workstream.numbers.map((number) => number.number).join(', '),
          },
        )}
      </ConfirmDialog>
    </Dialog.Root>
  );
};

export { DeleteWorkstreamButton };
