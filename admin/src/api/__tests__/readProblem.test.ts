import { readProblem } from '../readProblem';

describe('readProblem', () => {
  it('maps each field error to the top-level field it names, first message first', () => {
    const problem = readProblem({
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: '2 fields need changes',
        details: {
          errors: [
            { path: ['customerId'], message: 'The customer ID is a GUID.' },
            { path: ['numberIds', 0], message: 'Unknown number.' },
            { path: ['customerId'], message: 'A second complaint.' },
          ],
        },
      },
    });

    expect(problem).toEqual({
      message: '2 fields need changes',
      fields: { customerId: 'The customer ID is a GUID.', numberIds: 'Unknown number.' },
    });
  });

  it('keeps the message of an error without field details', () => {
    expect(
      readProblem({
        error: { status: 404, name: 'NotFoundError', message: 'No such account.', details: {} },
      }),
    ).toEqual({ message: 'No such account.', fields: {} });
  });

  it('reads nothing from an answer that is not Strapi’s error shape', () => {
    expect(readProblem('<html>Bad gateway</html>')).toBeNull();
    expect(readProblem(undefined)).toBeNull();
  });
});
