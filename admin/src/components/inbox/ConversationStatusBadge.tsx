import { Status, Typography, type StatusVariant } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import type { ConversationItem } from '../../api/conversations';

const STATUSES: Record<ConversationItem['status'], { variant: StatusVariant; label: MessageDescriptor }> = {
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
const ConversationStatusBadge = ({ status }: { status: ConversationItem['status'] }) => {
  const { formatMessage } = useIntl();
  const { variant, label } = STATUSES[status];

  return (
    <Status variant={variant} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {formatMessage(label)}
      </Typography>
    </Status>
  );
};

export { ConversationStatusBadge };
