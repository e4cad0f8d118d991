import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { TELESIGN_API_HOSTS } from '../../../../server/src/accounts/api-host';
import { getTranslation } from '../../utils/getTranslation';

/** An API host with the kind of TeleSign account it serves, when it is one of TeleSign's own. */
const ApiHostLabel = ({ apiHost }: { apiHost: string }) => {
  const { formatMessage } = useIntl();

  if (apiHost === TELESIGN_API_HOSTS.standard) {
    return (
      <Typography>
        {formatMessage(
          { id: getTranslation('account.apiHost.standard.summary'), defaultMessage: '{host} (self-service)' },
          { host: apiHost },
        )}
      </Typography>
    );
  }
  if (apiHost === TELESIGN_API_HOSTS.enterprise) {
    return (
      <Typography>
        {formatMessage(
          { id: getTranslation('account.apiHost.enterprise.summary'), defaultMessage: '{host} (enterprise)' },
          { host: apiHost },
        )}
      </Typography>
    );
  }
  return <Typography>{apiHost}</Typography>;
};

export { ApiHostLabel };
