import {
  describeCallbackValue,
  normalizeBusinessNumber,
  normalizeCustomerNumber,
} from '../callback-phone-number';

describe('normalizeCustomerNumber', () => {
  it.each([
    '15551235513',
    '+15551235513',
    '1 555 123 5513',
    '+1 (555) 123-5513',
    '1.555.123.5513',
    '1\u00a0555\u00a0123\u00a05513',
  ])('reads %p as 15551235513', (value) => {
    expect(normalizeCustomerNumber(value)).toBe('15551235513');
  });

  it.each([
    ['20,000 digits', '1'.repeat(20_000)],
    ['16 digits', '1555123551312345'],
    ['markup', '<b>15551235513</b>'],
    ['a right-to-left override', '\u202E15551235513'],
    ['letters', '1555CALLNOW'],
    ['a national 0', '05551235513'],
    ['too few digits', '12345'],
    ['two plus signs', '++15551235513'],
    ['nothing', ''],
  ])('refuses %s', (_case, value) => {
    expect(normalizeCustomerNumber(value)).toBeNull();
  });
});

describe('normalizeBusinessNumber', () => {
  it.each([
    ['14252306549', '14252306549'],
    ['+1 425-230-6549', '14252306549'],
    ['44422', '44422'],
  ])('reads %p as %p', (value, digits) => {
    expect(normalizeBusinessNumber(value)).toBe(digits);
  });

  it.each(['1'.repeat(16), 'SUPPORT', '12'])('refuses %p', (value) => {
    expect(normalizeBusinessNumber(value)).toBeNull();
  });
});

describe('describeCallbackValue', () => {
  it('quotes a short printable value as it is', () => {
    expect(describeCallbackValue('1 555 ABC')).toBe('"1 555 ABC"');
  });

  it('cuts a long value and says how long it was', () => {
    expect(describeCallbackValue('9'.repeat(20_000))).toBe(`"${'9'.repeat(24)}…" (20000 characters)`);
  });

  it('escapes control and direction characters', () => {
    expect(describeCallbackValue('\u202E1\u00002')).toBe('"\\u{202E}1\\u{0}2"');
  });
});
