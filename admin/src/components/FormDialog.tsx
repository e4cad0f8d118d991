import { useId, type FormEvent, type ReactNode } from 'react';

import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

interface FormDialogProps {
  title: MessageDescriptor;
  /** The submit button's label, saying what it does ("Save number", "Assign"). */
  submitLabel: MessageDescriptor;
  onSubmit: () => void;
  onClose: () => void;
  /** The submit is under way: the button shows it and cannot be pressed again. */
  busy: boolean;
  /** What the form needs is not there yet (still loading, or could not be loaded). */
  submitDisabled?: boolean;
  /** What went wrong that is no one field's; shown below the fields, not behind the overlay. */
  problem?: string | null;
  children: ReactNode;
}

/**
 * The frame of every dialog that sends a form: title, the fields, the form's problem, Cancel and the
 * submit button. The fields are a real form, so Enter in a text field submits it.
 */
const FormDialog = ({
  title,
  submitLabel,
  onSubmit,
  onClose,
  busy,
  submitDisabled = false,
  problem,
  children,
}: FormDialogProps) => {
  const { formatMessage } = useIntl();
  const formId = useId();

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header
          closeLabel={formatMessage({ id: getTranslation('dialog.close'), defaultMessage: 'Close' })}
        >
          <Modal.Title>{formatMessage(title)}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex
            tag="form"
            id={formId}
            direction="column"
            alignItems="stretch"
            gap={5}
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              if (!busy && !submitDisabled) {
                onSubmit();
              }
            }}
          >
            {children}
            {problem ? (
              <Typography variant="pi" textColor="danger600" role="alert">
                {problem}
              </Typography>
            ) : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">
              {formatMessage({ id: getTranslation('dialog.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Modal.Close>
          <Button type="submit" form={formId} loading={busy} disabled={submitDisabled}>
            {formatMessage(submitLabel)}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

export { FormDialog };
