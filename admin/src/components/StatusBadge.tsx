import { Status, Typography, type StatusVariant } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

/** How a state is shown: its colour (Strapi's meaning of success, warning, danger…) and its words. */
interface StatusLook {
  variant: StatusVariant;
  label: MessageDescriptor;
}

/** A state in the admin's own status style: coloured frame, bold label. */
const StatusBadge = ({ variant, label }: StatusLook) => {
  const { formatMessage } = useIntl();

  return (
    <Status variant={variant} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {formatMessage(label)}
      </Typography>
    </Status>
  );
};

export { StatusBadge, type StatusLook };
