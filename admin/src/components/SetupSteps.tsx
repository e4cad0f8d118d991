import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

const STEPS = [
  {
    title: { id: getTranslation('setup.steps.channel.title'), defaultMessage: 'Channel details' },
    body: {
      id: getTranslation('setup.steps.channel.body'),
      defaultMessage: 'Name the account. The channel is SMS.',
    },
  },
  {
    title: { id: getTranslation('setup.steps.account.title'), defaultMessage: 'Account details' },
    body: {
      id: getTranslation('setup.steps.account.body'),
      defaultMessage:
        'The provider is TeleSign. Enter the Customer ID and API key from your TeleSign account; the key is stored encrypted and only its last four characters are ever shown again.',
    },
  },
  {
    title: { id: getTranslation('setup.steps.numbers.title'), defaultMessage: 'SMS numbers' },
    body: {
      id: getTranslation('setup.steps.numbers.body'),
      defaultMessage:
        'Add the numbers you bought from TeleSign as digits with the country code, without spaces or a plus sign (for example 14252306549), and say whether each is a geo number, a short code or toll-free.',
    },
  },
  {
    title: { id: getTranslation('setup.steps.verify.title'), defaultMessage: 'Verify' },
    body: {
      id: getTranslation('setup.steps.verify.body'),
      defaultMessage:
        'The plugin calls TeleSign with the credentials and tells you whether they work, and if not, why.',
    },
  },
  {
    title: { id: getTranslation('setup.steps.callback.title'), defaultMessage: 'Callback URL' },
    body: {
      id: getTranslation('setup.steps.callback.body'),
      defaultMessage:
        "Register the account's callback URL with TeleSign so that customer messages and delivery reports reach this Strapi.",
    },
  },
];

/** What connecting a TeleSign account involves, in the order the setup wizard asks for it. */
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
            <Flex key={step.title.id} tag="li" direction="column" alignItems="flex-start" gap={1}>
              <Typography variant="omega" fontWeight="bold">
                {`${index + 1}. ${formatMessage(step.title)}`}
              </Typography>
              <Typography variant="omega" textColor="neutral600">
                {formatMessage(step.body)}
              </Typography>
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Box>
  );
};

export { SetupSteps };
