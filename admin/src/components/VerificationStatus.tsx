import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { errorMessageId } from '../translations/errorMessageId';
import { getTranslation } from '../utils/getTranslation';

import { StatusBadge, type StatusLook } from './StatusBadge';

import type { Account, VerificationState } from '../api/accounts';

/** TeleSign's answer to the credentials, in words an admin acts on; the server's detail says how. */
const ANSWERS: Record<VerificationState, StatusLook> = {
  unverified: {
    variant: 'neutral',
    label: { id: getTranslation('verification.unverified'), defaultMessage: 'Not checked yet' },
  },
  valid: {
    variant: 'success',
    label: { id: getTranslation('verification.valid'), defaultMessage: 'Valid' },
  },
  'invalid-customer-id': {
    variant: 'danger',
    label: { id: getTranslation('verification.invalidCustomerId'), defaultMessage: 'Invalid customer ID' },
  },
  'invalid-api-key': {
    variant: 'danger',
    label: { id: getTranslation('verification.invalidApiKey'), defaultMessage: 'Invalid API key' },
  },
  suspended: {
    variant: 'danger',
    label: { id: getTranslation('verification.suspended'), defaultMessage: 'Account suspended' },
  },
  'sms-not-enabled': {
    variant: 'danger',
    label: { id: getTranslation('verification.smsNotEnabled'), defaultMessage: 'SMS not enabled' },
  },
  'wrong-host': {
    variant: 'danger',
    label: { id: getTranslation('verification.wrongHost'), defaultMessage: 'Wrong API host' },
  },
  unreachable: {
    variant: 'warning',
    label: {
      id: getTranslation('verification.unreachable'),
      defaultMessage: 'TeleSign unreachable or timed out',
    },
  },
  error: {
    variant: 'danger',
    label: { id: getTranslation('verification.error'), defaultMessage: 'Unexpected answer from TeleSign' },
  },
};

interface VerificationStatusProps {
  verification: Account['verification'];
  /** Leaves out the server's explanation, for tight spaces such as table cells. */
  compact?: boolean;
}

/**
 * Whether TeleSign accepted the account's credentials, when that was checked, and the server's
 * explanation. Text wraps (table cells do not by default) because it is meant to be read in full.
 */
const VerificationStatus = ({ verification, compact = false }: VerificationStatusProps) => {
  const { formatMessage, formatDate, messages } = useIntl();

  // The verdict in the admin's language; the server's English for a code this admin does not know,
  // or for a check stored before verdicts had codes.
  const detailId = verification.code === null ? undefined : errorMessageId(verification.code);
  const detail =
    detailId !== undefined && messages[detailId] !== undefined
      ? formatMessage({ id: detailId }, verification.values ?? {})
      : verification.detail;

  return (
    <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="48rem">
      <StatusBadge {...ANSWERS[verification.status]} />
      {verification.checkedAt ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            { id: getTranslation('verification.checkedAt'), defaultMessage: 'Checked {time}' },
            { time: formatDate(verification.checkedAt, { dateStyle: 'medium', timeStyle: 'short' }) },
          )}
        </Typography>
      ) : null}
      {!compact && detail ? (
        <Typography variant="pi" textColor="neutral700" style={{ whiteSpace: 'normal' }}>
          {detail}
        </Typography>
      ) : null}
    </Flex>
  );
};

export { VerificationStatus };
