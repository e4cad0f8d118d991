import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { formatPhoneNumber } from '../../utils/phoneNumber';
import { getTranslation } from '../../utils/getTranslation';

import { ConversationStatusBadge } from './ConversationStatusBadge';

import type { ReactNode } from 'react';
import type { ConversationDetail } from '../../api/conversations';

/** The reasons the plugin itself gives; anything else (an integration's own) is shown as given. */
const CLOSE_REASONS: Record<string, MessageDescriptor> = {
  resolved: { id: getTranslation('conversation.closeReason.resolved'), defaultMessage: 'resolved' },
  inactive: {
    id: getTranslation('conversation.closeReason.inactive'),
    defaultMessage: 'no reply from the customer in time',
  },
};

const Detail = ({ label, children }: { label: MessageDescriptor; children: ReactNode }) => {
  const { formatMessage } = useIntl();

  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600" tag="dt">
        {formatMessage(label)}
      </Typography>
      <Typography textColor="neutral800" tag="dd" style={{ margin: 0 }}>
        {children}
      </Typography>
    </Flex>
  );
};

/** Who, through which number and workstream, where in the lifecycle, and whether SMS may be sent. */
const ConversationDetails = ({ conversation }: { conversation: ConversationDetail }) => {
  const { formatMessage, formatDate } = useIntl();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const { consent } = conversation;

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Flex tag="dl" direction="column" alignItems="stretch" gap={4} style={{ margin: 0 }}>
        <Detail label={{ id: getTranslation('conversation.status'), defaultMessage: 'Status' }}>
          <ConversationStatusBadge status={conversation.status} />
        </Detail>
        <Detail label={{ id: getTranslation('inbox.column.assignee'), defaultMessage: 'Assignee' }}>
          {conversation.assignee?.name ??
            formatMessage({ id: getTranslation('inbox.unassigned'), defaultMessage: 'Unassigned' })}
        </Detail>
        <Detail label={{ id: getTranslation('inbox.column.customer'), defaultMessage: 'Customer' }}>
          {formatPhoneNumber(conversation.customerNumber)}
        </Detail>
        <Detail
          label={{ id: getTranslation('conversation.businessNumber'), defaultMessage: 'Business number' }}
        >
          {formatPhoneNumber(conversation.businessNumber)}
          {conversation.account ? ` · ${conversation.account.name}` : ''}
        </Detail>
        <Detail label={{ id: getTranslation('inbox.column.workstream'), defaultMessage: 'Workstream' }}>
          {conversation.workstream?.name ??
            formatMessage({ id: getTranslation('inbox.noWorkstream'), defaultMessage: 'No workstream' })}
        </Detail>
        <Detail label={{ id: getTranslation('conversation.consent'), defaultMessage: 'Consent' }}>
          {consent.state === 'opted-out'
            ? formatMessage(
                {
                  id: getTranslation('conversation.consent.optedOut'),
                  defaultMessage: 'Opted out since {since}',
                },
                { since: consent.since ? when(consent.since) : '–' },
              )
            : consent.state === 'opted-in'
              ? formatMessage(
                  {
                    id: getTranslation('conversation.consent.optedIn'),
                    defaultMessage: 'Opted in since {since}',
                  },
                  { since: consent.since ? when(consent.since) : '–' },
                )
              : formatMessage({
                  id: getTranslation('conversation.consent.none'),
                  defaultMessage: 'Nothing recorded: messages may be sent',
                })}
        </Detail>
        <Detail label={{ id: getTranslation('conversation.openedAt'), defaultMessage: 'Opened' }}>
          {when(conversation.openedAt)}
        </Detail>
        {conversation.closedAt ? (
          <Detail label={{ id: getTranslation('conversation.closedAt'), defaultMessage: 'Closed' }}>
            {conversation.closeReason
              ? formatMessage(
                  { id: getTranslation('conversation.closedBecause'), defaultMessage: '{when} ({reason})' },
                  {
                    when: when(conversation.closedAt),
                    reason: CLOSE_REASONS[conversation.closeReason]
                      ? formatMessage(CLOSE_REASONS[conversation.closeReason])
                      : conversation.closeReason,
                  },
                )
              : when(conversation.closedAt)}
          </Detail>
        ) : null}
      </Flex>
    </Box>
  );
};

export { ConversationDetails };
