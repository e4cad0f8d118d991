/**
 * Parses the `Date` / `x-ts-date` header the way TeleSign requires it: RFC 822 date-time (with
 * RFC 1123's four-digit years), which includes the IMF-fixdate `Date.prototype.toUTCString()` emits.
 * ISO 8601 and other formats that `Date.parse` would accept are refused on purpose.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZONE_HOURS: Record<string, number> = {
  UT: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

const RFC822 = new RegExp(
  '^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\\d{1,2}) (' +
    MONTHS.join('|') +
    ') (\\d{4}|\\d{2}) (\\d{2}):(\\d{2})(?::(\\d{2}))? (UT|GMT|Z|[ECMP][SD]T|[+-]\\d{4})$',
);

const zoneOffsetMinutes = (zone: string): number => {
  const named = ZONE_HOURS[zone];
  if (named !== undefined) return named * 60;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
};

/** Epoch milliseconds, or undefined when the value is not an RFC 822 date-time. */
export const parseRfc822Date = (value: string): number | undefined => {
  const match = RFC822.exec(value.trim());
  if (!match) return undefined;
  const [, dayText, monthText, yearText, hourText, minuteText, secondText = '0', zone] = match;
  const twoDigitYear = Number(yearText);
  // RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx.
  const year = yearText.length === 2 ? twoDigitYear + (twoDigitYear < 50 ? 2000 : 1900) : twoDigitYear;
  const month = MONTHS.indexOf(monthText);
  const [day, hour, minute, second] = [dayText, hourText, minuteText, secondText].map(Number);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 Feb over into March; a real calendar date survives the round trip.
  if (new Date(local).getUTCDate() !== day) return undefined;
  return local - zoneOffsetMinutes(zone) * 60_000;
};
