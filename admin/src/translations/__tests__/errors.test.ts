import { IntlMessageFormat } from 'intl-messageformat';

import { ERROR_CATALOG } from '../../../../shared/contracts/errors/error-catalog';
import { argumentNames } from '../../../../shared/contracts/errors/message-format';
import en from '../en.json';
import ko from '../ko.json';

const english: Record<string, string> = en;
const korean: Record<string, string> = ko;
const codes = Object.keys(ERROR_CATALOG) as (keyof typeof ERROR_CATALOG)[];

describe('server error translations', () => {
  it('has an English and a Korean message for every error code', () => {
    expect(codes.filter((code) => !(`error.${code}` in english) || !(`error.${code}` in korean))).toEqual([]);
  });

  it('has no message for a code the server does not have', () => {
    const known = new Set(codes.map((code) => `error.${code}`));
    expect(Object.keys(english).filter((key) => key.startsWith('error.') && !known.has(key))).toEqual([]);
  });

  it.each(codes)(
    'writes %s with the same placeholders in both languages, all of them values the server sends',
    (code) => {
      const sent = argumentNames(ERROR_CATALOG[code]);
      const inEnglish = argumentNames(english[`error.${code}`]);

      expect(argumentNames(korean[`error.${code}`])).toEqual(inEnglish);
      expect(inEnglish.filter((name) => !sent.includes(name))).toEqual([]);
    },
  );

  it.each(codes)('writes %s so that react-intl can format it', (code) => {
    expect(() => new IntlMessageFormat(english[`error.${code}`], 'en')).not.toThrow();
    expect(() => new IntlMessageFormat(korean[`error.${code}`], 'ko')).not.toThrow();
  });
});
