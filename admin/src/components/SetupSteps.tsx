import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import { ACCOUNT_STEPS } from './account/accountSteps';

/** The wizard's steps that ask for something; its last step only sums up. */
const STEPS = ACCOUNT_STEPS.filter((step) => step.id !== 'done');

/** What connecting a TeleSign account involves: the account wizard's steps, in its order. */
const SetupSteps = () => {
  const { formatMessage } = useIntl();

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {formatMessage({
            id: getTranslation('setup.steps.title'),
            defaultMessage: 'Connecting a TeleSign account',
          })}
        </Typography>
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
          {STEPS.map((step, index) => (
            <Flex key={step.id} tag="li" direction="column" alignItems="flex-start" gap={1}>
              <Typography variant="omega" fontWeight="bold">
                {`${index + 1}. ${formatMessage(step.label)}`}
              </Typography>
              <Typography variant="omega" textColor="neutral600">
                {formatMessage(step.description)}
              </Typography>
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Box>
  );
};

export { SetupSteps };
