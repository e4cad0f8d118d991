import { Badge, Flex, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router-dom';

import { useMessageTime } from '../../hooks/useMessageTime';
import { agentName } from '../../inbox/agentName';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
import { TableHeader } from '../TableHeader';

import { ConversationStatusBadge } from './ConversationStatusBadge';

import type { ConversationItem } from '../../api/conversations';

const COLUMNS = [
  { id: getTranslation('inbox.column.customer'), defaultMessage: 'Customer' },
  { id: getTranslation('inbox.column.lastMessage'), defaultMessage: 'Last message' },
  { id: getTranslation('inbox.column.time'), defaultMessage: 'Time' },
  { id: getTranslation('inbox.column.assignee'), defaultMessage: 'Assignee' },
  { id: getTranslation('inbox.column.workstream'), defaultMessage: 'Workstream' },
  { id: getTranslation('inbox.column.status'), defaultMessage: 'Status' },
];

/** One queue's conversations, newest activity first; a row opens its conversation. */
const ConversationTable = ({ conversations }: { conversations: ConversationItem[] }) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const messageTime = useMessageTime();

  return (
    <Table colCount={COLUMNS.length} rowCount={conversations.length + 1}>
      <TableHeader columns={COLUMNS} withActions={false} />
      <Tbody>
        {conversations.map((conversation) => {
          const { lastMessage } = conversation;
          const awaitingReply = conversation.unread && conversation.status !== 'closed';

          return (
            <Tr
              key={conversation.documentId}
              onClick={() => navigate(PATHS.conversation(conversation.documentId))}
              style={{ cursor: 'pointer' }}
            >
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Link tag={NavLink} to={PATHS.conversation(conversation.documentId)}>
                    {formatPhoneNumber(conversation.customerNumber)}
                  </Link>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      { id: getTranslation('inbox.via'), defaultMessage: 'to {number}' },
                      { number: formatPhoneNumber(conversation.businessNumber) },
                    )}
                  </Typography>
                </Flex>
              </Td>
              <Td style={{ maxWidth: '32rem' }}>
                {lastMessage ? (
                  <Flex gap={2}>
                    {awaitingReply ? (
                      <Badge backgroundColor="primary100" textColor="primary600">
                        {formatMessage({ id: getTranslation('inbox.awaitingReply'), defaultMessage: 'New' })}
                      </Badge>
                    ) : null}
                    <Typography
                      ellipsis
                      textColor={awaitingReply ? 'neutral800' : 'neutral600'}
                      fontWeight={awaitingReply ? 'bold' : 'regular'}
                    >
                      {lastMessage.direction === 'inbound'
                        ? lastMessage.body
                        : formatMessage(
                            { id: getTranslation('inbox.preview.outbound'), defaultMessage: 'You: {body}' },
                            { body: lastMessage.body },
                          )}
                    </Typography>
                  </Flex>
                ) : (
                  <Typography textColor="neutral500">–</Typography>
                )}
              </Td>
              <Td>
                <Typography textColor="neutral600">
                  {messageTime(lastMessage?.createdAt ?? conversation.lastMessageAt ?? conversation.openedAt)}
                </Typography>
              </Td>
              <Td>
                <Typography textColor={conversation.assignee ? 'neutral800' : 'neutral500'}>
                  {conversation.assignee
                    ? agentName(conversation.assignee)
                    : formatMessage({ id: getTranslation('inbox.unassigned'), defaultMessage: 'Unassigned' })}
                </Typography>
              </Td>
              <Td>
                <Typography textColor={conversation.workstream ? 'neutral800' : 'neutral500'}>
                  {conversation.workstream?.name ??
                    formatMessage({
                      id: getTranslation('inbox.noWorkstream'),
                      defaultMessage: 'No workstream',
                    })}
                </Typography>
              </Td>
              <Td>
                <ConversationStatusBadge status={conversation.status} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};

export { ConversationTable };
