import { Flex, Status, Typography, type StatusVariant } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { verificationTone, type VerificationTone } from '../utils/verificationTone';

const TONES: Record<VerificationTone, { variant: StatusVariant; label: MessageDescriptor }> = {
  verified: {
    variant: 'success',
    label: { id: getTranslation('verification.verified'), defaultMessage: 'Verified' },
  },
  unverified: {
    variant: 'warning',
    label: { id: getTranslation('verification.unverified'), defaultMessage: 'Not verified' },
  },
  failed: {
    variant: 'danger',
    label: { id: getTranslation('verification.failed'), defaultMessage: 'Not working' },
  },
};

interface VerificationStatusProps {
  status: string;
  detail: string | null;
}

/**
 * Whether TeleSign accepted the account's credentials, with the server's explanation if not. The
 * explanation wraps (table cells do not by default) because it is meant to be read in full.
 */
const VerificationStatus = ({ status, detail }: VerificationStatusProps) => {
  const { formatMessage } = useIntl();
  const tone = TONES[verificationTone(status)];

  return (
    <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="32rem">
      <Status variant={tone.variant} size="S">
        <Typography tag="span" variant="omega" fontWeight="bold">
          {formatMessage(tone.label)}
        </Typography>
      </Status>
      {detail ? (
        <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'normal' }}>
          {detail}
        </Typography>
      ) : null}
    </Flex>
  );
};

export { VerificationStatus };
