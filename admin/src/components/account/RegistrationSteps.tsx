import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { Mail } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import type { Account } from '../../api/accounts';

interface RegistrationStepsProps {
  customerId: string;
  registration: NonNullable<Account['callbackRegistration']>;
}

/**
 * How the callback URL gets registered: TeleSign support sets it on request, by e-mail with the
 * customer ID (the Dynamics 365 TeleSign setup guide's procedure). The server fills in the address
 * and subject; the steps are translated here.
 */
const RegistrationSteps = ({ customerId, registration }: RegistrationStepsProps) => {
  const { formatMessage } = useIntl();
  const steps = [
    formatMessage({
      id: getTranslation('callback.register.copy'),
      defaultMessage: 'Copy the callback URL above.',
    }),
    formatMessage(
      {
        id: getTranslation('callback.register.email'),
        defaultMessage:
          'E-mail it together with your customer ID ({customerId}) to TeleSign support at {email}.',
      },
      { customerId, email: registration.emailTo },
    ),
    formatMessage(
      {
        id: getTranslation('callback.register.subject'),
        defaultMessage: 'Enter "{subject}" as the subject line.',
      },
      { subject: registration.subject },
    ),
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h3">
        {formatMessage({
          id: getTranslation('callback.register.title'),
          defaultMessage: 'Register the URL with TeleSign',
        })}
      </Typography>
      <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
        {steps.map((step, index) => (
          <Typography key={step} tag="li" variant="omega" textColor="neutral800">
            {`${index + 1}. ${step}`}
          </Typography>
        ))}
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('callback.register.after'),
          defaultMessage:
            'Once TeleSign has registered the URL, customer messages and delivery reports arrive here, and "Last callback" below shows when the latest one came in.',
        })}
      </Typography>
      <Flex>
        <LinkButton variant="tertiary" startIcon={<Mail />} href={registration.mailtoUrl}>
          {formatMessage({
            id: getTranslation('callback.register.write'),
            defaultMessage: 'Write the e-mail to TeleSign',
          })}
        </LinkButton>
      </Flex>
    </Flex>
  );
};

export { RegistrationSteps };
