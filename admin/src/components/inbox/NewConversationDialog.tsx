import { useState, type ChangeEvent } from 'react';

import {
  Button,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { analyzeSegments } from '../../../../server/src/messages/segments';
import { startConversation } from '../../api/conversations';
import { listSendingNumbers } from '../../api/numbers';
import { serverProblem } from '../../api/serverProblem';
import { useLoad } from '../../hooks/useLoad';
import { formatPhoneNumber } from '../../inbox/phoneNumber';
import { getTranslation } from '../../utils/getTranslation';
import { Loaded } from '../Loaded';
import { TextField } from '../TextField';

import { SegmentCounter } from './SegmentCounter';

interface NewConversationDialogProps {
  onClose: () => void;
  onStarted: (conversationId: string) => void;
}

type StartField = 'numberId' | 'to' | 'body';

/**
 * Texts a customer first: from which business number, to whom, what. The server checks the number
 * and the customer's consent; what it refuses is shown as it says it, at the field concerned.
 */
const NewConversationDialog = ({ onClose, onStarted }: NewConversationDialogProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { state } = useLoad(listSendingNumbers);
  const [numberId, setNumberId] = useState('');
  const [to, setTo] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Partial<Record<StartField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const start = async () => {
    setSending(true);
    setErrors({});
    setProblem(null);
    try {
      onStarted(await startConversation(client, { numberId, to, body }));
    } catch (error) {
      const answer = serverProblem(error);
      const fields: Partial<Record<StartField, string>> = {};
      for (const field of ['numberId', 'to', 'body'] as const) {
        if (answer?.fields[field]) fields[field] = answer.fields[field];
      }
      setErrors(fields);
      setProblem(
        Object.keys(fields).length > 0
          ? null
          : (answer?.message ??
              formatMessage({
                id: getTranslation('newConversation.failed'),
                defaultMessage: 'The message could not be sent. Check your connection and try again.',
              })),
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header
          closeLabel={formatMessage({ id: getTranslation('dialog.close'), defaultMessage: 'Close' })}
        >
          <Modal.Title>
            {formatMessage({
              id: getTranslation('newConversation.title'),
              defaultMessage: 'New conversation',
            })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Loaded
            state={state}
            loading={{
              id: getTranslation('newConversation.loading'),
              defaultMessage: 'Loading your SMS numbers',
            }}
            failed={{
              id: getTranslation('newConversation.loadFailed'),
              defaultMessage: 'Your SMS numbers could not be loaded. Close this dialog and try again.',
            }}
          >
            {(numbers) => (
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Field.Root name="numberId" error={errors.numberId} required>
                  <Field.Label>
                    {formatMessage({ id: getTranslation('newConversation.from'), defaultMessage: 'From' })}
                  </Field.Label>
                  <SingleSelect
                    value={numberId}
                    onChange={(value: string | number) => setNumberId(String(value))}
                    placeholder={formatMessage({
                      id: getTranslation('newConversation.from.placeholder'),
                      defaultMessage: 'Pick one of your SMS numbers',
                    })}
                  >
                    {numbers.map((number) => (
                      <SingleSelectOption key={number.documentId} value={number.documentId}>
                        {`${formatPhoneNumber(number.number)} · ${number.account.name}${number.workstream ? ` · ${number.workstream.name}` : ''}`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
                <TextField
                  name="to"
                  label={formatMessage({
                    id: getTranslation('newConversation.to'),
                    defaultMessage: 'Customer number',
                  })}
                  value={to}
                  onChange={setTo}
                  error={errors.to}
                  required
                  hint={formatMessage({
                    id: getTranslation('newConversation.to.hint'),
                    defaultMessage: 'Digits with the country code, no + or spaces, e.g. 14255550100.',
                  })}
                />
                <Field.Root name="body" error={errors.body} required>
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
                {problem ? (
                  <Typography textColor="danger600" role="alert">
                    {problem}
                  </Typography>
                ) : null}
              </Flex>
            )}
          </Loaded>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">
              {formatMessage({ id: getTranslation('dialog.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Modal.Close>
          <Button onClick={start} loading={sending} disabled={state.status !== 'ready'}>
            {formatMessage({ id: getTranslation('newConversation.send'), defaultMessage: 'Send' })}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

export { NewConversationDialog };
