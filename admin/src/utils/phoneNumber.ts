import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A number stored as digits with the country code (`14255550100`) the way people read it:
 * `+1 425-555-0100`, `+82 10-1234-5678`. Short codes and anything unparseable stay as stored.
 */
const formatPhoneNumber = (digits: string): string => {
  if (!/^\d{7,15}$/.test(digits)) {
    return digits;
  }
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (!parsed) {
    return `+${digits}`;
  }
  const [countryCode, ...groups] = parsed.formatInternational().split(' ');
  return groups.length > 0 ? `${countryCode} ${groups.join('-')}` : countryCode;
};

export { formatPhoneNumber };
