import { Box, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { formatPhoneNumber } from '../../utils/phoneNumber';
import { getTranslation } from '../../utils/getTranslation';

import type { ConversationDetail } from '../../api/conversations';

type ConsentSource = NonNullable<ConversationDetail['consent']['source']>;

const SOURCES: Record<ConsentSource, MessageDescriptor> = {
  keyword: { id: getTranslation('consent.source.keyword'), defaultMessage: 'by texting a keyword' },
  agent: { id: getTranslation('consent.source.agent'), defaultMessage: 'as recorded by an agent' },
  'provider-status': {
    id: getTranslation('consent.source.provider'),
    defaultMessage: 'as TeleSign reported (blocked by the subscriber)',
  },
  import: { id: getTranslation('consent.source.import'), defaultMessage: 'as imported' },
};

/** Why nothing can be sent to an opted-out customer, since when, and how that changes. */
const useOptOutText = () => {
  const { formatMessage, formatDate } = useIntl();

  return (conversation: ConversationDetail): string | null => {
    const { consent } = conversation;
    if (consent.state !== 'opted-out') {
      return null;
    }
    return formatMessage(
      {
        id: getTranslation('consent.optedOut'),
        defaultMessage:
          'The customer opted out on {since} {source}{detail}. Nothing can be sent to them until they text START to {business}.',
      },
      {
        since: consent.since
          ? formatDate(consent.since, { dateStyle: 'medium', timeStyle: 'short' })
          : formatMessage({ id: getTranslation('consent.unknownDate'), defaultMessage: 'an unknown date' }),
        source: consent.source ? formatMessage(SOURCES[consent.source]) : '',
        detail: consent.detail ? ` (${consent.detail})` : '',
        business: formatPhoneNumber(conversation.businessNumber),
      },
    );
  };
};

/** A banner above the thread about what may be sent to the customer. */
const Notice = ({
  tone,
  title,
  text,
}: {
  tone: 'danger' | 'warning';
  title: MessageDescriptor;
  text: string;
}) => {
  const { formatMessage } = useIntl();

  return (
    <Box
      role="status"
      background={`${tone}100`}
      borderColor={`${tone}200`}
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={4}
    >
      <Flex gap={3} alignItems="flex-start">
        <WarningCircle fill={`${tone}600`} width="2rem" height="2rem" aria-hidden />
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography fontWeight="bold" textColor={`${tone}700`}>
            {formatMessage(title)}
          </Typography>
          <Typography textColor="neutral800">{text}</Typography>
        </Flex>
      </Flex>
    </Box>
  );
};

/** The opt-out, in a banner above the thread; it stays for as long as the opt-out does. */
const ConsentNotice = ({ text }: { text: string }) => (
  <Notice
    tone="danger"
    title={{ id: getTranslation('consent.optedOut.title'), defaultMessage: 'Opted out' }}
    text={text}
  />
);

/** Words that may mean "stop texting me", which only a person can judge. */
const ReviewNotice = ({ reason }: { reason: string | null }) => {
  const { formatMessage } = useIntl();

  return (
    <Notice
      tone="warning"
      title={{ id: getTranslation('consent.review.title'), defaultMessage: 'Check the customer’s wishes' }}
      text={
        reason ??
        formatMessage({
          id: getTranslation('consent.review.default'),
          defaultMessage: 'The customer may have asked not to be texted any more, in their own words.',
        })
      }
    />
  );
};

export { ConsentNotice, ReviewNotice, useOptOutText };
