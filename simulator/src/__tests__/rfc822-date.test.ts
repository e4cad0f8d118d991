import { parseRfc822Date } from '../rfc822-date';

describe('parseRfc822Date', () => {
  const at = Date.UTC(2016, 11, 14, 18, 20, 12);

  it.each([
    'Wed, 14 Dec 2016 18:20:12 GMT',
    '14 Dec 2016 18:20:12 GMT',
    'Wed, 14 Dec 16 18:20:12 UT',
    'Wed, 14 Dec 2016 19:20:12 +0100',
    'Wed, 14 Dec 2016 13:20:12 EST',
  ])('reads %p', (value) => {
    expect(parseRfc822Date(value)).toBe(at);
  });

  it('reads times without seconds', () => {
    expect(parseRfc822Date('Wed, 14 Dec 2016 18:20 GMT')).toBe(Date.UTC(2016, 11, 14, 18, 20));
  });

  it.each([
    '2016-12-14T18:20:12Z',
    'Wed Dec 14 2016 18:20:12 GMT+0000',
    'Wed, 31 Feb 2016 18:20:12 GMT',
    'Wed, 14 Dec 2016 24:00:00 GMT',
    '',
  ])('refuses %p', (value) => {
    expect(parseRfc822Date(value)).toBeUndefined();
  });
});
