import { useState, type FormEvent } from 'react';

import {
  Button,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { NUMBER_TYPES, createNumber, updateNumber, type NumberType, type SmsNumber } from '../../api/numbers';
import { serverProblem } from '../../api/serverProblem';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { getTranslation } from '../../utils/getTranslation';
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../validation/fieldErrors';
import {
  NUMBER_FIELDS,
  draftFromNumber,
  emptyNumberDraft,
  numberBody,
  validateNumber,
  type NumberDraft,
  type NumberField,
} from '../../validation/number';
import { TextField } from '../TextField';

const TYPE_LABELS: Record<NumberType, MessageDescriptor> = {
  geo: { id: getTranslation('numbers.type.geo'), defaultMessage: 'Geo (local number)' },
  'short-code': { id: getTranslation('numbers.type.shortCode'), defaultMessage: 'Short code' },
  'toll-free': { id: getTranslation('numbers.type.tollFree'), defaultMessage: 'Toll-free' },
};

interface NumberDialogProps {
  accountId: string;
  /** The number being edited; absent when adding one. */
  number?: SmsNumber;
  onClose: () => void;
  onSaved: (number: SmsNumber) => void;
}

/** Adds or edits a business number; the dialog stays open with inline errors until the server accepts it. */
const NumberDialog = ({ accountId, number, onClose, onSaved }: NumberDialogProps) => {
  const { formatMessage } = useIntl();
  const fieldMessage = useFieldMessage();
  const client = useFetchClient();
  const [draft, setDraft] = useState<NumberDraft>(() =>
    number ? draftFromNumber(number) : emptyNumberDraft(),
  );
  const [errors, setErrors] = useState<FieldErrors<NumberField>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<NumberDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (checked) {
      setErrors(validateNumber(next));
    }
  };

  const save = async () => {
    const found = validateNumber(draft);
    setChecked(true);
    setErrors(found);
    setProblem(null);
    if (hasErrors(found)) {
      return;
    }
    setSaving(true);
    try {
      const body = numberBody(draft);
      onSaved(
        number
          ? await updateNumber(client, number.documentId, body)
          : await createNumber(client, accountId, body),
      );
    } catch (error) {
      const answer = serverProblem(error);
      const fields = serverFieldErrors(answer?.fields ?? {}, NUMBER_FIELDS);
      setErrors(fields);
      setProblem(
        hasErrors(fields)
          ? null
          : (answer?.message ??
              formatMessage({
                id: getTranslation('numbers.saveFailed'),
                defaultMessage: 'The number could not be saved. Check your connection and try again.',
              })),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header
          closeLabel={formatMessage({ id: getTranslation('dialog.close'), defaultMessage: 'Close' })}
        >
          <Modal.Title>
            {number
              ? formatMessage({ id: getTranslation('numbers.edit.title'), defaultMessage: 'Edit SMS number' })
              : formatMessage({
                  id: getTranslation('numbers.add.title'),
                  defaultMessage: 'Add an SMS number',
                })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex
            tag="form"
            id="sms-number-form"
            direction="column"
            alignItems="stretch"
            gap={5}
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              void save();
            }}
          >
            <TextField
              name="number"
              required
              label={formatMessage({ id: getTranslation('numbers.number'), defaultMessage: 'Number' })}
              value={draft.number}
              onChange={(value) => change({ number: value })}
              placeholder="14252306549"
              error={fieldMessage(errors.number)}
              hint={formatMessage({
                id: getTranslation('numbers.number.hint'),
                defaultMessage:
                  'The number you bought from TeleSign: digits only with the country code, no spaces, special characters or plus sign (for example 14252306549).',
              })}
            />
            <Field.Root name="type" error={fieldMessage(errors.type)} required>
              <Field.Label>
                {formatMessage({ id: getTranslation('numbers.type'), defaultMessage: 'Type' })}
              </Field.Label>
              <SingleSelect
                value={draft.type}
                onChange={(value: string | number) => {
                  const type = NUMBER_TYPES.find((candidate) => candidate === value);
                  if (type) {
                    change({ type });
                  }
                }}
              >
                {NUMBER_TYPES.map((type) => (
                  <SingleSelectOption key={type} value={type}>
                    {formatMessage(TYPE_LABELS[type])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
            <TextField
              name="description"
              label={formatMessage({
                id: getTranslation('numbers.description'),
                defaultMessage: 'Description',
              })}
              value={draft.description}
              onChange={(value) => change({ description: value })}
              error={fieldMessage(errors.description)}
              hint={formatMessage({
                id: getTranslation('numbers.description.hint'),
                defaultMessage: 'What the number is for, for example "Customer support (US)".',
              })}
            />
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
          <Button type="submit" form="sms-number-form" loading={saving}>
            {formatMessage({ id: getTranslation('numbers.save'), defaultMessage: 'Save number' })}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

export { NumberDialog, TYPE_LABELS };
