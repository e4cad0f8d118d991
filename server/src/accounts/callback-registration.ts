import type { CallbackRegistration } from './account.types';

/**
 * TeleSign registers a customer's callback URL on request: the Dynamics 365 TeleSign setup guide
 * (shared/seed) says to copy the callback URL and e-mail it with the customer ID to
 * support@telesign.com under a "callback URL update request" subject line.
 */
const TELESIGN_SUPPORT_EMAIL = 'support@telesign.com';
const CALLBACK_REGISTRATION_SUBJECT = 'Callback URL update request';

export const buildCallbackRegistration = (
  customerId: string,
  callbackUrl: string | null,
): CallbackRegistration | null => {
  if (!callbackUrl) return null;
  const body = [
    'Hello TeleSign support,',
    '',
    `Please set the callback URL of customer ID ${customerId} to:`,
    callbackUrl,
    '',
    'It should receive the inbound SMS (mo_sms) and the delivery reports of this account.',
    '',
    'Thank you.',
  ].join('\n');
  return {
    emailTo: TELESIGN_SUPPORT_EMAIL,
    subject: CALLBACK_REGISTRATION_SUBJECT,
    body,
    mailtoUrl:
      `mailto:${TELESIGN_SUPPORT_EMAIL}?subject=${encodeURIComponent(CALLBACK_REGISTRATION_SUBJECT)}` +
      `&body=${encodeURIComponent(body)}`,
    steps: [
      `Copy the callback URL: ${callbackUrl}`,
      `E-mail it together with your customer ID (${customerId}) to TeleSign support at ${TELESIGN_SUPPORT_EMAIL}.`,
      `Enter "${CALLBACK_REGISTRATION_SUBJECT}" as the subject line.`,
    ],
  };
};
