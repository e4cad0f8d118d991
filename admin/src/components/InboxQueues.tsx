import { Badge, Flex, Tabs } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { QUEUES, type QueueId } from '../queues';
import { getTranslation } from '../utils/getTranslation';

import type { QueueCounts } from '../api/conversations';

interface InboxQueuesProps {
  queue: QueueId;
  counts: QueueCounts | null;
  onSelect: (queue: QueueId) => void;
}

/** The inbox queues as tabs, each with how many conversations it holds (kept live). */
const InboxQueues = ({ queue, counts, onSelect }: InboxQueuesProps) => {
  const { formatMessage } = useIntl();

  return (
    <Tabs.Root value={queue} onValueChange={(value: string) => onSelect(value as QueueId)}>
      <Tabs.List
        aria-label={formatMessage({
          id: getTranslation('inbox.queues'),
          defaultMessage: 'Conversation queues',
        })}
      >
        {QUEUES.map((candidate) => (
          <Tabs.Trigger key={candidate.id} value={candidate.id}>
            <Flex gap={2}>
              {formatMessage(candidate.label)}
              {counts ? (
                <Badge active={candidate.id === queue} aria-hidden>
                  {counts[candidate.id]}
                </Badge>
              ) : null}
            </Flex>
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs.Root>
  );
};

export { InboxQueues };
