import { EmptyStateLayout } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { isFetchError, useAPIErrorHandler } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

interface LoadErrorProps {
  error: unknown;
  /** Shown when the error carries no message from the server (network failure, unexpected answer). */
  fallback: MessageDescriptor;
}

/** A failed load, with the server's own error message when there is one. */
const LoadError = ({ error, fallback }: LoadErrorProps) => {
  const { formatMessage } = useIntl();
  const { formatAPIError } = useAPIErrorHandler();

  return (
    <EmptyStateLayout
      icon={<WarningCircle width="16rem" />}
      content={isFetchError(error) ? formatAPIError(error) : formatMessage(fallback)}
    />
  );
};

export { LoadError };
