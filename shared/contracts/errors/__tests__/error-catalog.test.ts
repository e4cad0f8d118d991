import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';
import { ERROR_CATALOG, type ErrorCode } from '../error-catalog';
import { argumentNames, formatMessage } from '../message-format';
import { codedIssue, errorArguments, problem, problemsOfIssue } from '../problem';

const codes = Object.keys(ERROR_CATALOG) as ErrorCode[];

/** Values that take every branch a message has: 1 and 2 for plurals, each select key and `other`. */
const sampleValues = (source: string, variant: number): Record<string, string | number> => {
  const values: Record<string, string | number> = {};
  for (const name of argumentNames(source)) {
    const select = new RegExp(`\\{${name}, select, (.*)\\}`).exec(source);
    const keys = select ? [...select[1].matchAll(/(\w+) \{/g)].map((match) => match[1]) : [];
    if (new RegExp(`\\{${name}, plural,`).test(source)) values[name] = variant + 1;
    else if (keys.length > 0) values[name] = keys[variant % keys.length];
    else values[name] = `${name}-${variant}`;
  }
  return values;
};

describe('error catalog', () => {
  it('names codes as domain.field.rule', () => {
    expect(codes.filter((code) => !/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*){1,3}$/.test(code))).toEqual([]);
  });

  it.each(codes)('renders %s on the server exactly as react-intl renders it in the admin', (code) => {
    const source = ERROR_CATALOG[code];
    for (const variant of [0, 1, 2, 3]) {
      const values = sampleValues(source, variant);
      expect(formatMessage(source, values)).toBe(new IntlMessageFormat(source, 'en').format(values));
    }
  });

  it('fills in plurals and selects', () => {
    expect(problem('message.body.tooLong', { characters: 1601, max: 1600, over: 1 }).message).toBe(
      'The message is 1601 characters long; an SMS can be at most 1600. Shorten it by 1 character.',
    );
    expect(problem('message.retry.notFailed', { status: 'sending' }).message).toBe(
      'Only a failed message can be retried; this one is sending already.',
    );
    expect(problem('message.retry.notFailed', { status: 'delivered' }).message).toBe(
      'Only a failed message can be retried; this one is delivered.',
    );
  });

  it('gives a Strapi error class the English message and the code and values in its details', () => {
    expect(errorArguments('account.notFound', { id: 'a1' }, { extra: true })).toEqual([
      'No SMS account has the id "a1"; it may have been deleted. Reload the account list.',
      { extra: true, code: 'account.notFound', values: { id: 'a1' } },
    ]);
  });
});

describe('problemsOfIssue', () => {
  const schema = z.strictObject({
    name: z.string().max(3, codedIssue('account.name.tooLong', { max: 3 })),
    plain: z.string().min(1, 'a message without a code').optional(),
  });
  const problemsOf = (value: unknown) => schema.safeParse(value).error?.issues.flatMap(problemsOfIssue) ?? [];

  it('reads the code and values a schema wrote into an issue', () => {
    expect(problemsOf({ name: 'four' })).toEqual([
      { path: ['name'], problem: problem('account.name.tooLong', { max: 3 }) },
    ]);
  });

  it('names every field a request should not have, and a body that is not an object', () => {
    expect(
      problemsOf({ name: 'ok', extra: 1, more: 2 }).map(({ problem: { code, values } }) => [code, values]),
    ).toEqual([
      ['request.unknownField', { field: 'extra' }],
      ['request.unknownField', { field: 'more' }],
    ]);
    expect(problemsOf('text')).toEqual([{ path: [], problem: problem('request.notObject') }]);
  });

  it('keeps the text of a rule written without a code', () => {
    expect(problemsOf({ name: 'ok', plain: '' })).toEqual([
      { path: ['plain'], problem: problem('request.invalid', { message: 'a message without a code' }) },
    ]);
  });
});
