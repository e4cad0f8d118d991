import { useState } from 'react';

import { useIntl, type MessageDescriptor } from 'react-intl';

import {
  NUMBER_TYPES,
  useSmsCreateNumberMutation,
  useSmsUpdateNumberMutation,
  type NumberType,
  type SmsNumber,
} from '../../api/numbers';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { useSubmit } from '../../hooks/useSubmit';
import { getTranslation } from '../../utils/getTranslation';
import {
  NUMBER_FIELDS,
  draftFromNumber,
  emptyNumberDraft,
  numberBody,
  validateNumber,
  type NumberDraft,
  type NumberField,
} from '../../validation/number';
import { FormDialog } from '../FormDialog';
import { SelectField } from '../SelectField';
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
  const [createNumber] = useSmsCreateNumberMutation();
  const [updateNumber] = useSmsUpdateNumberMutation();
  const form = useSubmit<NumberField>({
    fields: NUMBER_FIELDS,
    failed: {
      id: getTranslation('numbers.saveFailed'),
      defaultMessage: 'The number could not be saved. Check your connection and try again.',
    },
  });
  const [draft, setDraft] = useState<NumberDraft>(() =>
    number ? draftFromNumber(number) : emptyNumberDraft(),
  );
  const { errors, problem } = form;

  const change = (patch: Partial<NumberDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    form.recheck(() => validateNumber(next));
  };

  const save = async () => {
    const body = numberBody(draft);
    const saved = await form.submit(
      () =>
        number
          ? updateNumber({ accountId, documentId: number.documentId, body }).unwrap()
          : createNumber({ accountId, body }).unwrap(),
      () => validateNumber(draft),
    );
    if (saved.ok) {
      onSaved(saved.value);
    }
  };

  return (
    <FormDialog
      title={
        number
          ? { id: getTranslation('numbers.edit.title'), defaultMessage: 'Edit SMS number' }
          : { id: getTranslation('numbers.add.title'), defaultMessage: 'Add an SMS number' }
      }
      submitLabel={{ id: getTranslation('numbers.save'), defaultMessage: 'Save number' }}
      onSubmit={() => void save()}
      onClose={onClose}
      busy={form.busy}
      problem={problem}
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
      <SelectField
        name="type"
        required
        label={formatMessage({ id: getTranslation('numbers.type'), defaultMessage: 'Type' })}
        value={draft.type}
        options={NUMBER_TYPES.map((type) => ({ value: type, label: formatMessage(TYPE_LABELS[type]) }))}
        onChange={(value) => {
          const type = NUMBER_TYPES.find((candidate) => candidate === value);
          if (type) {
            change({ type });
          }
        }}
        error={fieldMessage(errors.type)}
      />
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
    </FormDialog>
  );
};

export { NumberDialog, TYPE_LABELS };
