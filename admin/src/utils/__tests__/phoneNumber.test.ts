import { formatPhoneNumber } from '../phoneNumber';

describe('formatPhoneNumber', () => {
  it.each([
    ['14255550100', '+1 425-555-0100'],
    ['821012345678', '+82 10-1234-5678'],
    ['447911123456', '+44 7911-123456'],
  ])('writes %s the way people read it: %s', (digits, shown) => {
    expect(formatPhoneNumber(digits)).toBe(shown);
  });

  it.each(['44422', '123456'])('leaves the short code %s as it is', (digits) => {
    expect(formatPhoneNumber(digits)).toBe(digits);
  });
});
