import type { MessageDescriptor } from 'react-intl';

import { getTranslation } from './utils/getTranslation';

interface Queue {
  id: string;
  label: MessageDescriptor;
  description: MessageDescriptor;
}

/** The agent inbox's queues, in tab order; the first one is the default. */
const QUEUES = [
  {
    id: 'open',
    label: { id: getTranslation('inbox.queue.open'), defaultMessage: 'Open' },
    description: {
      id: getTranslation('inbox.queue.open.description'),
      defaultMessage: 'New conversations that no agent has accepted yet appear here.',
    },
  },
  {
    id: 'mine',
    label: { id: getTranslation('inbox.queue.mine'), defaultMessage: 'Mine' },
    description: {
      id: getTranslation('inbox.queue.mine.description'),
      defaultMessage: 'Conversations assigned to you appear here.',
    },
  },
  {
    id: 'waiting',
    label: { id: getTranslation('inbox.queue.waiting'), defaultMessage: 'Waiting' },
    description: {
      id: getTranslation('inbox.queue.waiting.description'),
      defaultMessage:
        'Conversations whose session was closed wait here; a new message from the customer brings them back.',
    },
  },
  {
    id: 'closed',
    label: { id: getTranslation('inbox.queue.closed'), defaultMessage: 'Closed' },
    description: {
      id: getTranslation('inbox.queue.closed.description'),
      defaultMessage: 'Resolved conversations appear here.',
    },
  },
] as const satisfies readonly Queue[];

type QueueId = (typeof QUEUES)[number]['id'];

/** Reads a queue id from the URL; anything missing or unknown means the default queue. */
const parseQueue = (value: string | null): QueueId =>
  QUEUES.find((queue) => queue.id === value)?.id ?? QUEUES[0].id;

export { QUEUES, parseQueue, type QueueId };
