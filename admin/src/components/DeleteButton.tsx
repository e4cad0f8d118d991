import { useState, type ReactNode } from 'react';

import { Button, Dialog, IconButton } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { useSubmit } from '../hooks/useSubmit';
import { getTranslation } from '../utils/getTranslation';

interface DeleteButtonProps {
  /** "Delete Support line": the icon's label, and the confirmation's title with a question mark. */
  label: string;
  title: string;
  /** `icon` in table rows, `button` in a page header. */
  look: 'icon' | 'button';
  /** What stops working and what is kept, said before anything is deleted. */
  children: ReactNode;
  remove: () => Promise<unknown>;
  /** The notification once it is gone. */
  deleted: string;
  failed: MessageDescriptor;
  onDeleted?: () => void;
}

/** Deletes something after a confirmation that says exactly what that means. */
const DeleteButton = ({
  label,
  title,
  look,
  children,
  remove,
  deleted,
  failed,
  onDeleted,
}: DeleteButtonProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { submit } = useSubmit({ failed, problemIn: 'notification' });
  const [open, setOpen] = useState(false);

  const confirm = async () => {
    if ((await submit(remove)).ok) {
      toggleNotification({ type: 'success', message: deleted });
      onDeleted?.();
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
      <ConfirmDialog title={title} onConfirm={confirm}>
        {children}
      </ConfirmDialog>
    </Dialog.Root>
  );
};

export { DeleteButton };
