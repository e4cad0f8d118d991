import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { problem, type Problem } from '../errors/problem';
import type { NumberType } from './number.types';

/**
 * What TeleSign accepts as a phone number: the digits of the E.164 number without `+`, or for a
 * business number also a short code. Nothing is silently rewritten: a number in any other form is
 * refused with the form to use, as the Dynamics setup guide asks.
 */

const E164_MAX_DIGITS = 15;
const SHORT_CODE = /^\d{5,6}$/;

/** `+1`, or `unknown` when no country calling code can be read from the digits. */
const countryCodeOf = (e164: string): string => {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? `+${parsed.countryCallingCode}` : 'unknown';
};

/** Null when `value` is a bare digit string; otherwise how to write it. */
export const digitsOnlyProblem = (value: string): Problem | null => {
  if (value === '') return problem('phoneNumber.required');
  return /^\d+$/.test(value) ? null : problem('phoneNumber.digitsOnly');
};

const phoneNumberProblem = (digits: string): Problem | null => {
  if (digits.length <= 6) return problem('phoneNumber.tooShort', { digits });
  if (digits.length > E164_MAX_DIGITS) {
    return problem('phoneNumber.tooLong', { digits, count: digits.length, max: E164_MAX_DIGITS });
  }
  const e164 = `+${digits}`;
  const lengthProblem = validatePhoneNumberLength(e164);
  if (lengthProblem === 'INVALID_COUNTRY' || digits.startsWith('0')) {
    return problem('phoneNumber.noCountryCode', { digits });
  }
  if (lengthProblem === 'TOO_SHORT' || lengthProblem === 'TOO_LONG' || lengthProblem === 'INVALID_LENGTH') {
    return problem('phoneNumber.wrongLength', { digits, countryCode: countryCodeOf(e164) });
  }
  if (!parsePhoneNumberFromString(e164)?.isValid()) {
    return problem('phoneNumber.invalid', { digits, countryCode: countryCodeOf(e164) });
  }
  return null;
};

/** Null when `digits` (already digits-only) is a valid number of this type; otherwise what is wrong. */
export const businessNumberProblem = (digits: string, type: NumberType): Problem | null => {
  if (type === 'short-code') {
    return SHORT_CODE.test(digits)
      ? null
      : problem('phoneNumber.shortCode', { digits, count: digits.length });
  }
  return phoneNumberProblem(digits);
};

/**
 * Null when `value` can be a customer's mobile number as TeleSign wants it (digits with the
 * country code, no "+"); otherwise what to fix. Only the country code and the length are checked:
 * number plans change faster than any library's metadata, and TeleSign itself refuses a number
 * that cannot exist (11000), which the message's error then says.
 */
export const customerNumberProblem = (value: string): Problem | null => {
  const digitsProblem = digitsOnlyProblem(value);
  if (digitsProblem) return digitsProblem;
  const e164 = `+${value}`;
  const lengthProblem = validatePhoneNumberLength(e164);
  if (lengthProblem === 'INVALID_COUNTRY' || value.startsWith('0')) {
    return problem('customerNumber.noCountryCode', { digits: value });
  }
  if (lengthProblem || value.length > E164_MAX_DIGITS) {
    const countryCode = parsePhoneNumberFromString(e164)?.countryCallingCode;
    return problem('customerNumber.wrongLength', { digits: value, countryCode: countryCode ?? 'unknown' });
  }
  return null;
};
