import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

const NotFoundPage = () => {
  const { formatMessage } = useIntl();

  return (
    <Page.Error
      content={formatMessage({
        id: getTranslation('notFound'),
        defaultMessage: 'This page does not exist. Pick a section from the menu.',
      })}
    />
  );
};

export { NotFoundPage };
