import { useCallback } from 'react';

import { Box, EmptyStateLayout, Flex } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Pagination } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';

import { useSmsConversationsQuery } from '../api/conversations';
import { InboxQueues } from '../components/InboxQueues';
import { SectionPage } from '../components/SectionPage';
import { ConversationTable } from '../components/inbox/ConversationTable';
import { InboxSearch } from '../components/inbox/InboxSearch';
import { NewConversationButton } from '../components/inbox/NewConversationButton';
import { useInboxPermissions } from '../hooks/useInboxPermissions';
import { useInboxUpdates } from '../hooks/useInboxUpdates';
import { PERMISSIONS } from '../permissions';
import { QUEUES, parseQueue, type QueueId } from '../queues';
import { getTranslation } from '../utils/getTranslation';

const parsePage = (value: string | null) => Math.max(1, Number.parseInt(value ?? '', 10) || 1);

/** The agent inbox: queues with live counts, search, and the selected queue's conversations. */
const InboxPage = () => {
  const { formatMessage } = useIntl();
  const { canReply } = useInboxPermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const queue = parseQueue(searchParams.get('queue'));
  const q = searchParams.get('q') ?? '';
  const page = parsePage(searchParams.get('page'));
  const counts = useInboxUpdates('live');
  // The previous page stays on screen while another queue, search or page loads.
  const { data: list, error } = useSmsConversationsQuery({ queue, q, page });
  const { description } = QUEUES.find((candidate) => candidate.id === queue) ?? QUEUES[0];

  /** A new queue or search starts again from the first page. */
  const select = useCallback(
    (change: { queue?: QueueId; q?: string }) =>
      setSearchParams((params) => {
        const next = new URLSearchParams(params);
        if (change.queue !== undefined) next.set('queue', change.queue);
        if (change.q !== undefined) {
          if (change.q === '') next.delete('q');
          else next.set('q', change.q);
        }
        next.delete('page');
        return next;
      }),
    [setSearchParams],
  );
  const search = useCallback((text: string) => select({ q: text }), [select]);

  return (
    <SectionPage
      permissions={PERMISSIONS.inboxRead}
      title={{ id: getTranslation('inbox.title'), defaultMessage: 'Inbox' }}
      subtitle={{
        id: getTranslation('inbox.subtitle'),
        defaultMessage: 'SMS conversations with your customers.',
      }}
      load={{
        query: { data: list, error },
        loading: { id: getTranslation('inbox.loading'), defaultMessage: 'Loading conversations' },
        failed: {
          id: getTranslation('inbox.loadFailed'),
          defaultMessage: 'The conversations could not be loaded. Reload the page to try again.',
        },
      }}
      primaryAction={canReply ? <NewConversationButton /> : undefined}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
          <InboxQueues queue={queue} counts={counts} onSelect={(next) => select({ queue: next })} />
          <Box minWidth="32rem">
            <InboxSearch value={q} onSearch={search} />
          </Box>
        </Flex>
        {list ? (
          list.data.length > 0 ? (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ConversationTable conversations={list.data} />
              <Pagination.Root pageCount={list.meta.pagination.pageCount} total={list.meta.pagination.total}>
                <Pagination.Links />
              </Pagination.Root>
            </Flex>
          ) : (
            <EmptyStateLayout
              icon={<EmptyDocuments width="16rem" />}
              content={
                q !== ''
                  ? formatMessage(
                      {
                        id: getTranslation('inbox.search.none'),
                        defaultMessage: 'No conversation in this queue matches “{q}”.',
                      },
                      { q },
                    )
                  : formatMessage(description)
              }
            />
          )
        ) : null}
      </Flex>
    </SectionPage>
  );
};

export { InboxPage };
