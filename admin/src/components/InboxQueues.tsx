import { EmptyStateLayout, Tabs } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';

import { QUEUES, parseQueue } from '../queues';
import { getTranslation } from '../utils/getTranslation';

/** The inbox queues as tabs; the selected queue lives in `?queue=` so it survives reloads and links. */
const InboxQueues = () => {
  const { formatMessage } = useIntl();
  const [searchParams, setSearchParams] = useSearchParams();

  const selectQueue = (queue: string) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      next.set('queue', parseQueue(queue));
      return next;
    });

  return (
    <Tabs.Root value={parseQueue(searchParams.get('queue'))} onValueChange={selectQueue}>
      <Tabs.List
        aria-label={formatMessage({
          id: getTranslation('inbox.queues'),
          defaultMessage: 'Conversation queues',
        })}
      >
        {QUEUES.map((queue) => (
          <Tabs.Trigger key={queue.id} value={queue.id}>
            {formatMessage(queue.label)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {QUEUES.map((queue) => (
        <Tabs.Content key={queue.id} value={queue.id}>
          <EmptyStateLayout
            icon={<EmptyDocuments width="16rem" />}
            content={formatMessage(queue.description)}
          />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
};

export { InboxQueues };
