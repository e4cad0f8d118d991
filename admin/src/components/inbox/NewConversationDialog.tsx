import { useState, type ChangeEvent } from 'react';

import { Field, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { analyzeSegments } from '../../../../shared/contracts/messages/segments';
import { useSmsStartConversationMutation } from '../../api/conversations';
import { useSmsSendingNumbersQuery } from '../../api/numbers';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { useSubmit } from '../../hooks/useSubmit';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { getTranslation } from '../../utils/getTranslation';
import { FormDialog } from '../FormDialog';
import { Loaded } from '../Loaded';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

import { SegmentCounter } from './SegmentCounter';

interface NewConversationDialogProps {
  onClose: () => void;
  onStarted: (conversationId: string) => void;
}

const START_FIELDS = ['numberId', 'to', 'body'] as const;

type StartField = (typeof START_FIELDS)[number];

/**
 * Texts a customer first: from which business number, to whom, what. The server checks the number
 * and the customer's consent; what it refuses is shown as it says it, at the field concerned.
 */
const NewConversationDialog = ({ onClose, onStarted }: NewConversationDialogProps) => {
  const { formatMessage } = useIntl();
  const fieldMessage = useFieldMessage();
  const numbers = useSmsSendingNumbersQuery();
  const [startConversation] = useSmsStartConversationMutation();
  const form = useSubmit<StartField>({
    fields: START_FIELDS,
    failed: {
      id: getTranslation('newConversation.failed'),
      defaultMessage: 'The message could not be sent. Check your connection and try again.',
    },
  });
  const [numberId, setNumberId] = useState('');
  const [to, setTo] = useState('');
  const [body, setBody] = useState('');
  const { errors, problem } = form;

  // The server checks the number and the customer's consent: what it refuses is shown at its field.
  const start = async () => {
    const started = await form.submit(() => startConversation({ numberId, to, body }).unwrap());
    if (started.ok) {
      onStarted(started.value);
    }
  };

  return (
    <FormDialog
      title={{ id: getTranslation('newConversation.title'), defaultMessage: 'New conversation' }}
      submitLabel={{ id: getTranslation('newConversation.send'), defaultMessage: 'Send' }}
      onSubmit={() => void start()}
      onClose={onClose}
      busy={form.busy}
      submitDisabled={numbers.data === undefined}
      problem={problem}
    >
      <Loaded
        query={{ data: numbers.data, error: numbers.error }}
        loading={{
          id: getTranslation('newConversation.loading'),
          defaultMessage: 'Loading your SMS numbers',
        }}
        failed={{
          id: getTranslation('newConversation.loadFailed'),
          defaultMessage: 'Your SMS numbers could not be loaded. Close this dialog and try again.',
        }}
      >
        {(sendingNumbers) => (
          <>
            <SelectField
              name="numberId"
              required
              label={formatMessage({ id: getTranslation('newConversation.from'), defaultMessage: 'From' })}
              placeholder={formatMessage({
                id: getTranslation('newConversation.from.placeholder'),
                defaultMessage: 'Pick one of your SMS numbers',
              })}
              value={numberId}
              options={sendingNumbers.map((number) => ({
                value: number.documentId,
                label: `${formatPhoneNumber(number.number)} · ${number.account.name}${number.workstream ? ` · ${number.workstream.name}` : ''}`,
              }))}
              onChange={setNumberId}
              error={fieldMessage(errors.numberId)}
            />
            <TextField
              name="to"
              label={formatMessage({
                id: getTranslation('newConversation.to'),
                defaultMessage: 'Customer number',
              })}
              value={to}
              onChange={setTo}
              error={fieldMessage(errors.to)}
              required
              hint={formatMessage({
                id: getTranslation('newConversation.to.hint'),
                defaultMessage: 'Digits with the country code, no + or spaces, e.g. 14255550100.',
              })}
            />
            <Field.Root name="body" error={fieldMessage(errors.body)} required>
              <Field.Label>
                {formatMessage({
                  id: getTranslation('newConversation.body'),
                  defaultMessage: 'First message',
                })}
              </Field.Label>
              <Textarea
                value={body}
                onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)}
              />
              <Field.Error />
            </Field.Root>
            <SegmentCounter analysis={analyzeSegments(body)} />
          </>
        )}
      </Loaded>
    </FormDialog>
  );
};

export { NewConversationDialog };
