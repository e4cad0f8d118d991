import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { useMessageTime } from '../../hooks/useMessageTime';
import { getTranslation } from '../../utils/getTranslation';

import { DeliveryStatusBadge } from './DeliveryStatusBadge';

import type { ConversationMessage } from '../../api/conversations';

const AUTOMATIONS: Record<NonNullable<ConversationMessage['automation']>, MessageDescriptor> = {
  'opt-out-confirmation': {
    id: getTranslation('message.automation.optOut'),
    defaultMessage: 'Automated: opt-out confirmation',
  },
  'opt-in-confirmation': {
    id: getTranslation('message.automation.optIn'),
    defaultMessage: 'Automated: opt-in confirmation',
  },
  help: { id: getTranslation('message.automation.help'), defaultMessage: 'Automated: help reply' },
};

/** How each direction looks: the customer on the left, the business on the right, the plugin dashed. */
const LOOKS = {
  inbound: { align: 'flex-start', background: 'neutral0', border: 'neutral200', borderStyle: 'solid' },
  outbound: { align: 'flex-end', background: 'primary100', border: 'primary200', borderStyle: 'solid' },
  automated: { align: 'flex-end', background: 'neutral100', border: 'neutral300', borderStyle: 'dashed' },
} as const;

interface MessageBubbleProps {
  message: ConversationMessage;
  /** Offered on failed messages to users who may reply. */
  onRetry?: () => void;
  retrying: boolean;
}

/** One SMS of the thread: who wrote it, when, and for the business's messages, how delivery went. */
const MessageBubble = ({ message, onRetry, retrying }: MessageBubbleProps) => {
  const { formatMessage } = useIntl();
  const messageTime = useMessageTime();
  const look = LOOKS[message.direction];
  const troubled =
    message.status === 'failed' || message.status === 'blocked' || message.status === 'unknown';
  // The plugin's own words say what happened and what to do; TeleSign's bare description, with its
  // code, is the fallback.
  const failure = !troubled
    ? null
    : (message.lastError ??
      (message.providerStatusDescription !== null && message.providerStatusCode !== null
        ? formatMessage(
            {
              id: getTranslation('message.failure.withCode'),
              defaultMessage: '{reason} (TeleSign status {code})',
            },
            { reason: message.providerStatusDescription, code: message.providerStatusCode },
          )
        : message.providerStatusDescription));

  const author =
    message.direction === 'inbound'
      ? formatMessage({ id: getTranslation('message.author.customer'), defaultMessage: 'Customer' })
      : message.direction === 'automated' && message.automation
        ? formatMessage(AUTOMATIONS[message.automation])
        : message.direction === 'automated'
          ? formatMessage({ id: getTranslation('message.author.automated'), defaultMessage: 'Automated' })
          : (message.sentBy?.name ??
            formatMessage({
              id: getTranslation('message.author.integration'),
              defaultMessage: 'Integration',
            }));

  return (
    <Flex
      direction="column"
      alignItems={look.align}
      gap={1}
      data-direction={message.direction}
      data-status={message.status}
      aria-label={formatMessage(
        { id: getTranslation('message.label'), defaultMessage: 'Message from {author}' },
        { author },
      )}
      role="article"
    >
      <Box
        background={look.background}
        borderColor={look.border}
        borderStyle={look.borderStyle}
        borderWidth="1px"
        hasRadius
        padding={3}
        maxWidth="70%"
        shadow={message.direction === 'inbound' ? 'filterShadow' : undefined}
      >
        <Typography textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Typography>
      </Box>
      <Flex gap={2} wrap="wrap" justifyContent={look.align}>
        <Typography variant="pi" textColor="neutral600">
          {author} · {messageTime(message.createdAt)}
          {message.segments !== null && message.direction !== 'inbound'
            ? ` · ${formatMessage(
                {
                  id: getTranslation('message.segments'),
                  defaultMessage: '{segments, plural, one {# segment} other {# segments}}',
                },
                { segments: message.segments },
              )}`
            : ''}
        </Typography>
        {message.status !== 'received' ? <DeliveryStatusBadge status={message.status} /> : null}
      </Flex>
      {failure ? (
        <Typography variant="pi" textColor="danger600" style={{ maxWidth: '70%' }}>
          {failure}
        </Typography>
      ) : null}
      {message.canRetry && onRetry ? (
        <Button
          variant="secondary"
          size="S"
          startIcon={<ArrowClockwise />}
          onClick={onRetry}
          loading={retrying}
        >
          {formatMessage({ id: getTranslation('message.retry'), defaultMessage: 'Retry' })}
        </Button>
      ) : null}
    </Flex>
  );
};

export { MessageBubble };
