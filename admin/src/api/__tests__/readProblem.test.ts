import { readProblem } from '../readProblem';

const validationAnswer = {
  data: null,
  error: {
    status: 400,
    name: 'ValidationError',
    message: '2 fields need changes: The customer ID is a GUID. Unknown number.',
    details: {
      errors: [
        {
          path: ['customerId'],
          message: 'The customer ID is a GUID.',
          code: 'account.customerId.format',
          values: {},
        },
        {
          path: ['numberIds', 0],
          message: 'Unknown number.',
          code: 'workstream.numberIds.unknown',
          values: { id: 'x' },
        },
        { path: ['customerId'], message: 'A second complaint.' },
      ],
    },
  },
};

describe('readProblem', () => {
  it('maps each field error to the top-level field it names, first message first', () => {
    expect(readProblem(validationAnswer)).toEqual({
      message: 'The customer ID is a GUID. Unknown number. A second complaint.',
      fields: { customerId: 'The customer ID is a GUID.', numberIds: 'Unknown number.' },
    });
  });

  it('hands each message with its code and values to the translation', () => {
    const problem = readProblem(validationAnswer, ({ code, values, message }) =>
      code ? `${code} ${JSON.stringify(values)}` : `(${message})`,
    );

    expect(problem?.fields).toEqual({
      customerId: 'account.customerId.format {}',
      numberIds: 'workstream.numberIds.unknown {"id":"x"}',
    });
  });

  it('translates the message of an error without field details by its code', () => {
    const answer = {
      error: {
        status: 404,
        name: 'NotFoundError',
        message: 'No SMS account has the id "a1".',
        details: { code: 'account.notFound', values: { id: 'a1' } },
      },
    };

    expect(readProblem(answer)).toEqual({ message: 'No SMS account has the id "a1".', fields: {} });
    expect(readProblem(answer, ({ code, values }) => `${code}:${values?.id}`)?.message).toBe(
      'account.notFound:a1',
    );
  });

  it('keeps the message of an error without a code', () => {
    expect(
      readProblem({ error: { status: 404, name: 'NotFoundError', message: 'No such page.', details: {} } }),
    ).toEqual({ message: 'No such page.', fields: {} });
  });

  it('reads nothing from an answer that is not Strapi’s error shape', () => {
    expect(readProblem('<html>Bad gateway</html>')).toBeNull();
    expect(readProblem(undefined)).toBeNull();
  });
});
