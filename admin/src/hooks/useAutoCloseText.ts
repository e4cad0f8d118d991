import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

/** The inactivity timeout in words. */
const useAutoCloseText = () => {
  const { formatMessage } = useIntl();

  return (hours: number | null) =>
    hours === null
      ? formatMessage({ id: getTranslation('workstream.autoClose.never'), defaultMessage: 'Never' })
      : formatMessage(
          {
            id: getTranslation('workstream.autoClose.after'),
            defaultMessage: 'After {hours, plural, one {# hour} other {# hours}} of waiting',
          },
          { hours },
        );
};

export { useAutoCloseText };
