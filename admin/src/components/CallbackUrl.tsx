import { Flex, IconButton, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

interface CallbackUrlProps {
  url: string | null;
  /** The URL is cut with an ellipsis beyond this width (table cells); the copy button copies it whole. */
  maxWidth?: string;
}

/**
 * An account's callback URL with a button that copies it for registration with TeleSign, or what to
 * configure when the app does not know its public URL yet.
 */
const CallbackUrl = ({ url, maxWidth = '100%' }: CallbackUrlProps) => {
  const { formatMessage } = useIntl();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();

  if (url === null) {
    return (
      <Typography variant="pi" textColor="warning600" style={{ whiteSpace: 'normal' }}>
        {formatMessage({
          id: getTranslation('callbackUrl.missing'),
          defaultMessage: "Set the plugin's publicUrl option (or Strapi's server.url) to get this URL.",
        })}
      </Typography>
    );
  }

  const handleCopy = async () => {
    const copied = await copy(url);

    toggleNotification(
      copied
        ? {
            type: 'success',
            message: formatMessage({
              id: getTranslation('callbackUrl.copied'),
              defaultMessage: 'Callback URL copied',
            }),
          }
        : {
            type: 'danger',
            message: formatMessage({
              id: getTranslation('callbackUrl.copyFailed'),
              defaultMessage: 'The callback URL could not be copied; select it and copy it by hand.',
            }),
          },
    );
  };

  return (
    <Flex gap={2} maxWidth={maxWidth}>
      <Typography textColor="neutral800" ellipsis title={url} style={{ minWidth: 0 }}>
        {url}
      </Typography>
      <IconButton
        label={formatMessage({ id: getTranslation('callbackUrl.copy'), defaultMessage: 'Copy callback URL' })}
        variant="ghost"
        onClick={handleCopy}
      >
        <Duplicate />
      </IconButton>
    </Flex>
  );
};

export { CallbackUrl };
