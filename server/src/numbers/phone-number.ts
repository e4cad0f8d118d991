import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { NumberType } from './number.types';

/**
 * What TeleSign accepts as a business number (its `sender_id` and the `sender_id` of inbound SMS):
 * the digits of the E.164 number without `+`, or a short code. Nothing is silently rewritten:
 * a number in any other form is refused with the form to use, as the Dynamics setup guide asks.
 */

export const DIGITS_ONLY_MESSAGE =
  'Enter digits only, with the country code: no "+", spaces or dashes (e.g. 14252306549, not +1 425-230-6549).';

const E164_MAX_DIGITS = 15;
const SHORT_CODE = /^\d{5,6}$/;

/** Null when `value` is a bare digit string; otherwise how to write it. */
export const digitsOnlyProblem = (value: string): string | null => {
  if (value === '') return 'Enter the number, digits only with the country code, e.g. 14252306549.';
  return /^\d+$/.test(value) ? null : DIGITS_ONLY_MESSAGE;
};

const phoneNumberProblem = (digits: string): string | null => {
  if (digits.length <= 6) {
    return `${digits} is too short for a phone number: enter it with the country code, e.g. 14252306549. If it is a short code, choose the type short-code.`;
  }
  if (digits.length > E164_MAX_DIGITS) {
    return `${digits} has ${digits.length} digits; a phone number has at most ${E164_MAX_DIGITS}, country code included (E.164).`;
  }
  const e164 = `+${digits}`;
  const lengthProblem = validatePhoneNumberLength(e164);
  if (lengthProblem === 'INVALID_COUNTRY' || digits.startsWith('0')) {
    return `${digits} does not start with a country code. Put the country code first and leave out the national 0, e.g. 1 for the US and Canada (14252306549), 44 for the UK, 82 for Korea.`;
  }
  const parsed = parsePhoneNumberFromString(e164);
  const countryCode = parsed ? `+${parsed.countryCallingCode}` : 'its country code';
  if (lengthProblem === 'TOO_SHORT' || lengthProblem === 'TOO_LONG' || lengthProblem === 'INVALID_LENGTH') {
    return `${digits} has the wrong number of digits for ${countryCode}: check it against the number TeleSign gave you.`;
  }
  if (!parsed?.isValid()) {
    return `${digits} is not a valid phone number for ${countryCode}: check the country code and the digits against the number TeleSign gave you.`;
  }
  return null;
};

/** Null when `digits` (already digits-only) is a valid number of this type; otherwise what is wrong. */
export const businessNumberProblem = (digits: string, type: NumberType): string | null => {
  if (type === 'short-code') {
    return SHORT_CODE.test(digits)
      ? null
      : `A short code has 5 or 6 digits (e.g. 44422); ${digits} has ${digits.length}. For a long number choose the type geo or toll-free.`;
  }
  return phoneNumberProblem(digits);
};
