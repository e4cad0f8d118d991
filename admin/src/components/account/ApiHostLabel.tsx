import { Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { TELESIGN_API_HOSTS } from '../../../../shared/contracts/accounts/api-host';
import { getTranslation } from '../../utils/getTranslation';

/** TeleSign's own hosts, named by the kind of account they serve. */
const KNOWN_HOSTS = new Map<string, MessageDescriptor>([
  [
    TELESIGN_API_HOSTS.standard,
    { id: getTranslation('account.apiHost.standard.summary'), defaultMessage: '{host} (self-service)' },
  ],
  [
    TELESIGN_API_HOSTS.enterprise,
    { id: getTranslation('account.apiHost.enterprise.summary'), defaultMessage: '{host} (enterprise)' },
  ],
]);

/** An API host with the kind of TeleSign account it serves, when it is one of TeleSign's own. */
const ApiHostLabel = ({ apiHost }: { apiHost: string }) => {
  const { formatMessage } = useIntl();
  const known = KNOWN_HOSTS.get(apiHost);

  return <Typography>{known ? formatMessage(known, { host: apiHost }) : apiHost}</Typography>;
};

export { ApiHostLabel };
