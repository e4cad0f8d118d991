import { numberCreateSchema } from '../../../../shared/contracts/numbers/number.schema';
import { numberBody, validateNumber, type NumberDraft } from '../number';

import type { NumberType } from '../../api/numbers';

const draft = (number: string, type: NumberType = 'geo', description = ''): NumberDraft => ({
  number,
  type,
  description,
});

const refused = (value: NumberDraft) => Object.keys(validateNumber(value)).length > 0;

describe('validateNumber', () => {
  it('accepts a number written as TeleSign writes it', () => {
    expect(validateNumber(draft('14252306549'))).toEqual({});
    expect(validateNumber(draft('18005550100', 'toll-free'))).toEqual({});
    expect(validateNumber(draft('44422', 'short-code'))).toEqual({});
  });

  it.each(['+14252306549', '1 425 230 6549', '1-425-230-6549', '(425) 2306549'])(
    'explains that %j must be digits only',
    (number) => {
      expect(validateNumber(draft(number)).number).toMatchObject({
        descriptor: { id: 'sms-channel.error.phoneNumber.digitsOnly' },
      });
    },
  );

  it('asks for 5 or 6 digits for a short code', () => {
    expect(validateNumber(draft('4442', 'short-code')).number).toMatchObject({
      descriptor: { id: 'sms-channel.error.phoneNumber.shortCode' },
    });
    expect(validateNumber(draft('14252306549', 'short-code')).number).toBeDefined();
  });

  it('refuses a description over 255 characters', () => {
    expect(validateNumber(draft('14252306549', 'geo', 'x'.repeat(256))).description).toMatchObject({
      values: { max: 255 },
    });
  });
});

describe('the number form refuses exactly what the server refuses', () => {
  const cases: NumberDraft[] = [
    draft('14252306549'),
    draft('14255550100'),
    draft('447911123456'),
    draft('821012345678'),
    draft('18005550100', 'toll-free'),
    draft('44422', 'short-code'),
    draft('444222', 'short-code'),
    draft('4442', 'short-code'),
    draft('+14252306549'),
    draft('1 4252306549'),
    draft('12345'),
    draft('04252306549'),
    draft('1425230654912345'),
    draft('19995550100'),
    draft('14252306549', 'geo', 'x'.repeat(256)),
    draft(''),
  ];

  it.each(cases)('%j', (value) => {
    expect(refused(value)).toBe(!numberCreateSchema.safeParse(numberBody(value)).success);
  });

  it('names the country whose numbering a well-formed number does not fit', () => {
    expect(validateNumber(draft('19995550100')).number).toMatchObject({
      descriptor: { id: 'sms-channel.error.phoneNumber.invalid' },
      values: { digits: '19995550100', countryCode: '+1' },
    });
  });
});

describe('numberBody', () => {
  it('trims and sends an empty description as none', () => {
    expect(numberBody(draft(' 14252306549 ', 'geo', '  '))).toEqual({
      number: '14252306549',
      type: 'geo',
      description: null,
    });
  });
});
