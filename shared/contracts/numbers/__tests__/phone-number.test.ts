import { businessNumberProblem, customerNumberProblem, digitsOnlyProblem } from '../phone-number';

describe('digitsOnlyProblem', () => {
  it.each(['14252306549', '44422'])('accepts the bare digits %p', (value) => {
    expect(digitsOnlyProblem(value)).toBeNull();
  });

  it.each([
    '+14252306549',
    '1 425 230 6549',
    '1-425-230-6549',
    '(425) 2306549',
    '1425230654９',
    ' 14252306549',
  ])('refuses %p with the form to use', (value) => {
    expect(digitsOnlyProblem(value)?.code).toBe('phoneNumber.digitsOnly');
  });

  it('asks for a number when it is empty', () => {
    expect(digitsOnlyProblem('')).toMatchObject({
      code: 'phoneNumber.required',
      message: expect.stringMatching(/Enter the number/),
    });
  });
});

describe('businessNumberProblem', () => {
  it.each([
    ['14252306549', 'geo'],
    ['821012345678', 'geo'],
    ['442071838750', 'geo'],
    ['18005550100', 'toll-free'],
    ['44422', 'short-code'],
    ['444222', 'short-code'],
  ] as const)('accepts %p as %p', (digits, type) => {
    expect(businessNumberProblem(digits, type)).toBeNull();
  });

  it('says a 4 or 7 digit short code is not one', () => {
    expect(businessNumberProblem('4442', 'short-code')).toMatchObject({
      code: 'phoneNumber.shortCode',
      values: { digits: '4442', count: 4 },
      message: expect.stringMatching(/5 or 6 digits .* has 4/),
    });
    expect(businessNumberProblem('4442221', 'short-code')?.message).toMatch(/has 7/);
  });

  it('points a short code entered as a phone number at the short-code type', () => {
    expect(businessNumberProblem('44422', 'geo')?.message).toMatch(/too short .* choose the type short-code/);
  });

  it('refuses more than the 15 digits E.164 allows', () => {
    expect(businessNumberProblem('1425230654912345', 'geo')?.message).toMatch(
      /16 digits; a phone number has at most 15/,
    );
  });

  it('refuses a number without a country code', () => {
    expect(businessNumberProblem('999123456', 'geo')?.message).toMatch(/does not start with a country code/);
    expect(businessNumberProblem('02071838750', 'geo')?.message).toMatch(
      /does not start with a country code/,
    );
  });

  it('names the country code whose length rules the number breaks', () => {
    expect(businessNumberProblem('1425230654', 'geo')?.message).toMatch(/wrong number of digits for \+1/);
    expect(businessNumberProblem('142523065499', 'toll-free')?.message).toMatch(
      /wrong number of digits for \+1/,
    );
  });

  it('refuses a number of the right length that no plan allocates', () => {
    // +1 555 numbers are not in the North American numbering plan's valid ranges.
    expect(businessNumberProblem('15551234567', 'geo')?.message).toMatch(/not a valid phone number for \+1/);
  });
});

describe('customerNumberProblem', () => {
  it('accepts a mobile number with its country code', () => {
    expect(customerNumberProblem('821012345678')).toBeNull();
  });

  it('names the country code whose length rules the number breaks, or says there is none', () => {
    expect(customerNumberProblem('1425')).toMatchObject({
      code: 'customerNumber.wrongLength',
      message: '1425 has the wrong number of digits for a phone number with country code +1.',
    });
    expect(customerNumberProblem('9991234567')?.code).toBe('customerNumber.noCountryCode');
  });
});
