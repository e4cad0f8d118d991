/**
 * TeleSign writes the numbers of a callback as digits with the country code (`15551235513`).
 * The spellings a gateway or a person adds around them (a leading "+", spaces, dashes, dots,
 * brackets) are removed, so `1 555 123 5513` and `15551235513` are one customer and one thread.
 * Anything else (letters, markup, direction overrides, more digits than E.164 allows) is not a phone
 * number: the callback is set aside rather than stored as a customer or business number.
 */

const SEPARATORS = /[\s\-.()]/g;
/** E.164: at most 15 digits, the first one a country code digit (never 0). */
const CUSTOMER_NUMBER = /^[1-9]\d{6,14}$/;
/** A business number may also be a short code (3 to 6 digits in the countries TeleSign serves). */
const BUSINESS_NUMBER = /^\d{3,15}$/;

const normalize = (value: string, form: RegExp): string | null => {
  const digits = value.replace(SEPARATORS, '').replace(/^\+/, '');
  return form.test(digits) ? digits : null;
};

export const normalizeCustomerNumber = (value: string): string | null => normalize(value, CUSTOMER_NUMBER);

export const normalizeBusinessNumber = (value: string): string | null => normalize(value, BUSINESS_NUMBER);

const SHOWN_CHARACTERS = 24;

/**
 * A value from a callback as it may appear in a note or a log line: cut short, with every character
 * outside printable ASCII escaped, so neither its length nor control or direction characters reach
 * the admin's screen or the log as they were sent.
 */
export const describeCallbackValue = (value: string): string => {
  const characters = Array.from(value);
  const shown = characters
    .slice(0, SHOWN_CHARACTERS)
    .map((character) =>
      /^[\x20-\x7e]$/.test(character)
        ? character
        : `\\u{${character.codePointAt(0)!.toString(16).toUpperCase()}}`,
    )
    .join('');
  return characters.length > SHOWN_CHARACTERS
    ? `"${shown}…" (${characters.length} characters)`
    : `"${shown}"`;
};
