import { useEffect, useRef } from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useSmsRetryMessageMutation, type ConversationMessage } from '../../api/conversations';
import { useSubmit } from '../../hooks/useSubmit';
import { getTranslation } from '../../utils/getTranslation';

import { MessageBubble } from './MessageBubble';

interface MessageThreadProps {
  conversationId: string;
  messages: ConversationMessage[];
  canRetry: boolean;
}

/** The conversation's SMS, oldest first, kept scrolled to the newest. */
const MessageThread = ({ conversationId, messages, canRetry }: MessageThreadProps) => {
  const { formatMessage } = useIntl();
  const [retryMessage, retried] = useSmsRetryMessageMutation();
  const { submit } = useSubmit({
    failed: {
      id: getTranslation('message.retryFailed'),
      defaultMessage: 'The message could not be queued again. Check your connection and try again.',
    },
    problemIn: 'notification',
  });
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [messages.length]);

  const retry = async (message: ConversationMessage) => {
    await submit(() => retryMessage({ conversationId, messageId: message.documentId }).unwrap());
  };

  return (
    <Box
      background="neutral100"
      hasRadius
      padding={4}
      borderColor="neutral200"
      borderWidth="1px"
      borderStyle="solid"
      style={{ maxHeight: '60vh', overflowY: 'auto' }}
      aria-label={formatMessage({ id: getTranslation('conversation.thread'), defaultMessage: 'Messages' })}
      role="log"
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {messages.length === 0 ? (
          <Typography textColor="neutral600">
            {formatMessage({
              id: getTranslation('conversation.noMessages'),
              defaultMessage: 'No message yet.',
            })}
          </Typography>
        ) : (
          messages.map((message) => (
            <MessageBubble
              key={message.documentId}
              message={message}
              retrying={retried.isLoading && retried.originalArgs?.messageId === message.documentId}
              onRetry={canRetry ? () => retry(message) : undefined}
            />
          ))
        )}
        <div ref={end} />
      </Flex>
    </Box>
  );
};

export { MessageThread };
