import { useEffect, useRef, useState } from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { retryMessage, type ConversationMessage } from '../../api/conversations';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
import { getTranslation } from '../../utils/getTranslation';

import { MessageBubble } from './MessageBubble';

interface MessageThreadProps {
  messages: ConversationMessage[];
  canRetry: boolean;
  onChanged: () => void;
}

/** The conversation's SMS, oldest first, kept scrolled to the newest. */
const MessageThread = ({ messages, canRetry, onChanged }: MessageThreadProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const notifyFailure = useNotifyFailure();
  const end = useRef<HTMLDivElement>(null);
  const [retrying, setRetrying] = useState<string | null>(null);

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [messages.length]);

  const retry = async (message: ConversationMessage) => {
    setRetrying(message.documentId);
    try {
      await retryMessage(client, message.documentId);
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('message.retryFailed'),
        defaultMessage: 'The message could not be queued again. Check your connection and try again.',
      });
    } finally {
      setRetrying(null);
      onChanged();
    }
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
              retrying={retrying === message.documentId}
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
