import { useState } from 'react';

import { Button, Flex } from '@strapi/design-system';
import { ArrowsCounterClockwise, Check, CheckCircle, Clock, User } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { actOnConversation, type ConversationAction, type ConversationItem } from '../../api/conversations';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
import { getTranslation } from '../../utils/getTranslation';

import { AssignDialog } from './AssignDialog';

import type { AvailableActions } from '../../inbox/conversationActions';

const LIFECYCLE: {
  action: ConversationAction;
  allowed: keyof AvailableActions;
  label: MessageDescriptor;
  done: MessageDescriptor;
  icon: JSX.Element;
  variant: 'default' | 'secondary';
}[] = [
  {
    action: 'accept',
    allowed: 'accept',
    label: { id: getTranslation('action.accept'), defaultMessage: 'Accept' },
    done: {
      id: getTranslation('action.accept.done'),
      defaultMessage: 'Accepted: the conversation is yours.',
    },
    icon: <Check />,
    variant: 'default',
  },
  {
    action: 'close',
    allowed: 'closeSession',
    label: { id: getTranslation('action.close'), defaultMessage: 'Close session' },
    done: {
      id: getTranslation('action.close.done'),
      defaultMessage: 'Session closed: the conversation waits for the customer.',
    },
    icon: <Clock />,
    variant: 'secondary',
  },
  {
    action: 'end',
    allowed: 'end',
    label: { id: getTranslation('action.end'), defaultMessage: 'End' },
    done: { id: getTranslation('action.end.done'), defaultMessage: 'Conversation ended and resolved.' },
    icon: <CheckCircle />,
    variant: 'secondary',
  },
  {
    action: 'reopen',
    allowed: 'reopen',
    label: { id: getTranslation('action.reopen'), defaultMessage: 'Reopen' },
    done: { id: getTranslation('action.reopen.done'), defaultMessage: 'Conversation reopened.' },
    icon: <ArrowsCounterClockwise />,
    variant: 'secondary',
  },
];

interface ConversationActionsProps {
  conversation: ConversationItem;
  allowed: AvailableActions;
  onChanged: () => void;
}

/** Accept, close session, end, reopen and assign: only those the user may take in this status. */
const ConversationActions = ({ conversation, allowed, onChanged }: ConversationActionsProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyFailure = useNotifyFailure();
  const [running, setRunning] = useState<ConversationAction | null>(null);
  const [assigning, setAssigning] = useState(false);

  const run = async (action: ConversationAction, done: MessageDescriptor) => {
    setRunning(action);
    try {
      await actOnConversation(client, conversation.documentId, action);
      toggleNotification({ type: 'success', message: formatMessage(done) });
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('action.failed'),
        defaultMessage: 'That did not work. Check your connection and try again.',
      });
    } finally {
      setRunning(null);
      onChanged();
    }
  };

  return (
    <Flex gap={2} wrap="wrap">
      {LIFECYCLE.filter((entry) => allowed[entry.allowed]).map((entry) => (
        <Button
          key={entry.action}
          variant={entry.variant}
          startIcon={entry.icon}
          loading={running === entry.action}
          disabled={running !== null}
          onClick={() => run(entry.action, entry.done)}
        >
          {formatMessage(entry.label)}
        </Button>
      ))}
      {allowed.assign ? (
        <Button variant="tertiary" startIcon={<User />} onClick={() => setAssigning(true)}>
          {formatMessage({ id: getTranslation('action.assign'), defaultMessage: 'Assign to…' })}
        </Button>
      ) : null}
      {assigning ? (
        <AssignDialog
          conversation={conversation}
          onClose={() => setAssigning(false)}
          onAssigned={() => {
            setAssigning(false);
            toggleNotification({
              type: 'success',
              message: formatMessage({
                id: getTranslation('assign.done'),
                defaultMessage: 'Conversation assigned.',
              }),
            });
            onChanged();
          }}
        />
      ) : null}
    </Flex>
  );
};

export { ConversationActions };
