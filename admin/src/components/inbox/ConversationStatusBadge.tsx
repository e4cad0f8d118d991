import { getTranslation } from '../../utils/getTranslation';
import { StatusBadge, type StatusLook } from '../StatusBadge';

import type { ConversationItem } from '../../api/conversations';

const STATUSES: Record<ConversationItem['status'], StatusLook> = {
  open: {
    variant: 'primary',
    label: { id: getTranslation('conversation.status.open'), defaultMessage: 'Open' },
  },
  active: {
    variant: 'success',
    label: { id: getTranslation('conversation.status.active'), defaultMessage: 'Active' },
  },
  waiting: {
    variant: 'warning',
    label: { id: getTranslation('conversation.status.waiting'), defaultMessage: 'Waiting' },
  },
  'wrap-up': {
    variant: 'secondary',
    label: { id: getTranslation('conversation.status.wrapUp'), defaultMessage: 'Wrap-up' },
  },
  closed: {
    variant: 'neutral',
    label: { id: getTranslation('conversation.status.closed'), defaultMessage: 'Closed' },
  },
};

/** Where a conversation is in its lifecycle. */
const ConversationStatusBadge = ({ status }: { status: ConversationItem['status'] }) => (
  <StatusBadge {...STATUSES[status]} />
);

export { ConversationStatusBadge };
