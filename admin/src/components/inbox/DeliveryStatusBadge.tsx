import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import type { ConversationMessage } from '../../api/conversations';
import type { StatusLook } from '../StatusBadge';

type OutboundStatus = Exclude<ConversationMessage['status'], 'received'>;

type Variant = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

/** A message bubble is too small for a status frame: a badge in the same variant's colours. */
const COLOURS: Record<Variant, { background: string; text: string }> = {
  neutral: { background: 'neutral150', text: 'neutral700' },
  primary: { background: 'primary100', text: 'primary700' },
  success: { background: 'success100', text: 'success700' },
  warning: { background: 'warning100', text: 'warning700' },
  danger: { background: 'danger100', text: 'danger700' },
};

/** Each status as waiting, done or failed. */
const STATUSES: Record<OutboundStatus, StatusLook & { variant: Variant }> = {
  queued: {
    variant: 'neutral',
    label: { id: getTranslation('message.status.queued'), defaultMessage: 'Queued' },
  },
  sending: {
    variant: 'neutral',
    label: { id: getTranslation('message.status.sending'), defaultMessage: 'Sending' },
  },
  sent: { variant: 'primary', label: { id: getTranslation('message.status.sent'), defaultMessage: 'Sent' } },
  delivered: {
    variant: 'success',
    label: { id: getTranslation('message.status.delivered'), defaultMessage: 'Delivered' },
  },
  failed: {
    variant: 'danger',
    label: { id: getTranslation('message.status.failed'), defaultMessage: 'Failed' },
  },
  unknown: {
    variant: 'warning',
    label: { id: getTranslation('message.status.unknown'), defaultMessage: 'Unknown' },
  },
  blocked: {
    variant: 'danger',
    label: { id: getTranslation('message.status.blocked'), defaultMessage: 'Blocked' },
  },
};

/** Where an outbound SMS is on its way to the customer's handset. */
const DeliveryStatusBadge = ({ status }: { status: OutboundStatus }) => {
  const { formatMessage } = useIntl();
  const { variant, label } = STATUSES[status];
  const { background, text } = COLOURS[variant];

  return (
    <Badge backgroundColor={background} textColor={text}>
      {formatMessage(label)}
    </Badge>
  );
};

export { DeliveryStatusBadge, type OutboundStatus };
