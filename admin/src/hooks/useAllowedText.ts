import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

/** A workstream's permission (agents may send attachments) in words. */
const useAllowedText = () => {
  const { formatMessage } = useIntl();

  return (allowed: boolean) =>
    allowed
      ? formatMessage({ id: getTranslation('workstream.allowed'), defaultMessage: 'Allowed' })
      : formatMessage({ id: getTranslation('workstream.notAllowed'), defaultMessage: 'Not allowed' });
};

export { useAllowedText };
