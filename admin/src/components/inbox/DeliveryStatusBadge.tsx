import { Badge } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import type { ConversationMessage } from '../../api/conversations';

type OutboundStatus = Exclude<ConversationMessage['status'], 'received'>;

/** Each status in the colours Strapi uses for waiting, done and failed. */
const STATUSES: Record<OutboundStatus, { background: string; text: string; label: MessageDescriptor }> = {
  queued: {
    background: 'neutral150',
    text: 'neutral700',
    label: { id: getTranslation('message.status.queued'), defaultMessage: 'Queued' },
  },
  sending: {
    background: 'neutral150',
    text: 'neutral700',
    label: { id: getTranslation('message.status.sending'), defaultMessage: 'Sending' },
  },
  sent: {
    background: 'primary100',
    text: 'primary700',
    label: { id: getTranslation('message.status.sent'), defaultMessage: 'Sent' },
  },
  delivered: {
    background: 'success100',
    text: 'success700',
    label: { id: getTranslation('message.status.delivered'), defaultMessage: 'Delivered' },
  },
  failed: {
    background: 'danger100',
    text: 'danger700',
    label: { id: getTranslation('message.status.failed'), defaultMessage: 'Failed' },
  },
  unknown: {
    background: 'warning100',
    text: 'warning700',
    label: { id: getTranslation('message.status.unknown'), defaultMessage: 'Unknown' },
  },
  blocked: {
    background: 'danger100',
    text: 'danger700',
    label: { id: getTranslation('message.status.blocked'), defaultMessage: 'Blocked' },
  },
};

/** Where an outbound SMS is on its way to the customer's handset. */
const DeliveryStatusBadge = ({ status }: { status: OutboundStatus }) => {
  const { formatMessage } = useIntl();
  const { background, text, label } = STATUSES[status];

  return (
    <Badge backgroundColor={background} textColor={text}>
      {formatMessage(label)}
    </Badge>
  );
};

export { DeliveryStatusBadge, type OutboundStatus };
