import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { digitsOnlyProblem } from '../numbers/phone-number';

/**
 * Null when `value` can be a customer's mobile number as TeleSign wants it (digits with the
 * country code, no "+"); otherwise what to fix. Only the country code and the length are checked:
 * number plans change faster than any library's metadata, and TeleSign itself refuses a number
 * that cannot exist (11000), which the message's error then says.
 */
export const customerNumberProblem = (value: string): string | null => {
  const digitsProblem = digitsOnlyProblem(value);
  if (digitsProblem) return digitsProblem;
  const e164 = `+${value}`;
  const lengthProblem = validatePhoneNumberLength(e164);
  if (lengthProblem === 'INVALID_COUNTRY' || value.startsWith('0')) {
    return `${value} does not start with a country code. Put the country code first and leave out the national 0, e.g. 15551234567 for the US, 447700900123 for the UK.`;
  }
  if (lengthProblem || value.length > 15) {
    const countryCode = parsePhoneNumberFromString(e164)?.countryCallingCode;
    return `${value} has the wrong number of digits for a phone number${countryCode ? ` with country code +${countryCode}` : ''}.`;
  }
  return null;
};
