import { useState } from 'react';

import { Button, Flex } from '@strapi/design-system';
import { ArrowsCounterClockwise, Check, CheckCircle, Clock, User } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import {
  useSmsConversationActionMutation,
  type ConversationAction,
  type ConversationItem,
} from '../../api/conversations';
import { useSubmit } from '../../hooks/useSubmit';
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
}

/** Accept, close session, end, reopen and assign: only those the user may take in this status. */
const ConversationActions = ({ conversation, allowed }: ConversationActionsProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [act, { isLoading, originalArgs }] = useSmsConversationActionMutation();
  const { submit } = useSubmit({
    failed: {
      id: getTranslation('action.failed'),
      defaultMessage: 'That did not work. Check your connection and try again.',
    },
    problemIn: 'notification',
  });
  const [assigning, setAssigning] = useState(false);
  const running = isLoading ? (originalArgs?.action ?? null) : null;

  const run = async (action: ConversationAction, done: MessageDescriptor) => {
    if ((await submit(() => act({ documentId: conversation.documentId, action }).unwrap())).ok) {
      toggleNotification({ type: 'success', message: formatMessage(done) });
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
          }}
        />
      ) : null}
    </Flex>
  );
};

export { ConversationActions };
