import { Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { NavLink } from 'react-router-dom';

/** The header's way back to a list page. */
const BackLink = ({ to, label }: { to: string; label: MessageDescriptor }) => {
  const { formatMessage } = useIntl();

  return (
    <Link tag={NavLink} to={to} startIcon={<ArrowLeft />}>
      {formatMessage(label)}
    </Link>
  );
};

export { BackLink };
