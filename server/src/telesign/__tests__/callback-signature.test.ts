import { verifyCallbackSignature, type CallbackSignatureInput } from '../callback-signature';
import { OFFICIAL } from './vectors';

const customerId = OFFICIAL.customerId;
const apiKey = OFFICIAL.docsKey;
const body = Buffer.from(OFFICIAL.callbacks.dlrBody, 'utf8');
const signature = OFFICIAL.callbacks.dlrSignature;
const tsa = `TSA ${customerId}:${signature}`;

const verify = (overrides: Partial<CallbackSignatureInput>) =>
  verifyCallbackSignature({ rawBody: body, customerId, apiKey, ...overrides });

const expectInvalid = (result: ReturnType<typeof verifyCallbackSignature>, reason: RegExp): void => {
  expect(result.valid).toBe(false);
  if (!result.valid) expect(result.reason).toMatch(reason);
};

describe('verifyCallbackSignature', () => {
  describe('accepts', () => {
    it('Authorization: TSA <customer id>:<signature>', () => {
      expect(verify({ authorization: tsa })).toEqual({ valid: true });
    });

    it('X-TS-Authorization carrying the bare signature', () => {
      expect(verify({ xTsAuthorization: signature })).toEqual({ valid: true });
    });

    it('X-TS-Authorization carrying the TSA form', () => {
      expect(verify({ xTsAuthorization: tsa })).toEqual({ valid: true });
    });

    it('both headers, as TeleSign documents sending them', () => {
      expect(verify({ authorization: tsa, xTsAuthorization: signature })).toEqual({ valid: true });
    });

    it('a valid X-TS-Authorization when a proxy replaced Authorization', () => {
      expect(verify({ authorization: 'Bearer gateway-token', xTsAuthorization: signature })).toEqual({
        valid: true,
      });
    });

    it('whitespace around the whole value', () => {
      expect(verify({ authorization: `  ${tsa}\t` })).toEqual({ valid: true });
    });

    it('a customer id in another letter case', () => {
      expect(verify({ authorization: `TSA ${customerId.toLowerCase()}:${signature}` })).toEqual({
        valid: true,
      });
    });

    it('the official PHP SDK callback vector', () => {
      expect(
        verifyCallbackSignature({
          rawBody: Buffer.from(OFFICIAL.callbacks.phpBody, 'utf8'),
          authorization: `TSA ${customerId}:4NzBWLbUiX4doPp5ls4rBNSZdTBO+LBo1adwJeaLt04=`,
          customerId,
          apiKey: OFFICIAL.phpSdk.apiKey,
        }),
      ).toEqual({ valid: true });
    });
  });

  describe('rejects', () => {
    it('a wrong customer id prefix', () => {
      expectInvalid(
        verify({ authorization: `TSA 00000000-0000-0000-0000-000000000000:${signature}` }),
        /customer ID does not match/,
      );
    });

    it('a body with one byte altered (200 "delivered" turned into 210 "failed")', () => {
      const altered = Buffer.from(OFFICIAL.callbacks.dlrBody.replace('"code":200', '"code":210'), 'utf8');
      expect(altered.length).toBe(body.length);
      expectInvalid(verify({ rawBody: altered, authorization: tsa }), /does not match the body/);
    });

    it('a body with a single bit flipped', () => {
      const altered = Buffer.from(body);
      altered[40] ^= 0x01;
      expectInvalid(verify({ rawBody: altered, authorization: tsa }), /does not match the body/);
    });

    it('a body with a trailing newline added', () => {
      expectInvalid(
        verify({ rawBody: Buffer.concat([body, Buffer.from('\n')]), authorization: tsa }),
        /does not match the body/,
      );
    });

    it('re-serialised JSON (same data, different bytes)', () => {
      const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8')), null, 2), 'utf8');
      expectInvalid(verify({ rawBody: reserialised, authorization: tsa }), /does not match the body/);
    });

    it('missing headers', () => {
      expectInvalid(verify({}), /no signature header/);
      expectInvalid(verify({ authorization: '   ', xTsAuthorization: '' }), /no signature header/);
    });

    it.each([
      ['Authorization', { authorization: [tsa, tsa] }],
      ['X-TS-Authorization', { xTsAuthorization: [signature] }],
      ['one of two headers', { authorization: tsa, xTsAuthorization: [signature, signature] }],
    ])('a duplicated %s header (array value)', (_name, headers) => {
      expectInvalid(verify(headers), /more than once/);
    });

    it('garbage base64', () => {
      expectInvalid(verify({ authorization: `TSA ${customerId}:not*base64!!` }), /not valid base64/);
      expectInvalid(verify({ xTsAuthorization: '%%%%' }), /not valid base64/);
    });

    it('base64url in place of standard base64', () => {
      expectInvalid(
        verify({ xTsAuthorization: signature.replace(/\+/g, '-').replace(/\//g, '_') }),
        /not valid base64/,
      );
    });

    it('a signature of the wrong length', () => {
      expectInvalid(verify({ xTsAuthorization: 'AAAA' }), /wrong length/);
      expectInvalid(
        verify({ xTsAuthorization: `${signature.slice(0, -1)}AAAA` }),
        /not valid base64|wrong length/,
      );
      expectInvalid(
        verify({ authorization: `TSA ${customerId}:${Buffer.alloc(33).toString('base64')}` }),
        /wrong length/,
      );
    });

    it('Authorization without the TSA scheme', () => {
      expectInvalid(verify({ authorization: signature }), /expected "TSA/);
      expectInvalid(verify({ authorization: `Basic ${signature}` }), /expected "TSA/);
    });

    it('whitespace inside the value', () => {
      expectInvalid(verify({ authorization: `TSA  ${customerId}:${signature}` }), /malformed/);
      expectInvalid(verify({ authorization: `TSA ${customerId}: ${signature}` }), /malformed/);
      expectInvalid(
        verify({ xTsAuthorization: `${signature.slice(0, 10)} ${signature.slice(10)}` }),
        /not valid base64/,
      );
    });

    it('a TSA value without customer id', () => {
      expectInvalid(verify({ authorization: `TSA ${signature}` }), /malformed/);
    });

    it('a signature made with another key', () => {
      const otherKeySignature = 'Yb+LGNGaw77VTibWsSraLj7g3CaO0mIuWa0A6JucGnA=';
      expectInvalid(verify({ xTsAuthorization: otherKeySignature }), /does not match the body/);
    });

    it('and reports each failing header', () => {
      expectInvalid(
        verify({ authorization: 'Bearer x', xTsAuthorization: 'AAAA' }),
        /^Authorization: .+; X-TS-Authorization: .+$/,
      );
    });
  });

  describe('never throws', () => {
    const cases: Array<[string, unknown]> = [
      ['raw body missing', { rawBody: undefined, authorization: tsa, customerId, apiKey }],
      [
        'raw body as a string',
        { rawBody: OFFICIAL.callbacks.dlrBody, authorization: tsa, customerId, apiKey },
      ],
      [
        'API key not base64',
        { rawBody: body, authorization: tsa, customerId, apiKey: OFFICIAL.phpSdk.apiKeyAsPublished },
      ],
      ['API key empty', { rawBody: body, authorization: tsa, customerId, apiKey: '' }],
      ['customer id missing', { rawBody: body, authorization: tsa, customerId: undefined, apiKey }],
      ['header of the wrong type', { rawBody: body, authorization: 42, customerId, apiKey }],
      [
        'binary garbage in the header',
        { rawBody: body, xTsAuthorization: '\u0000\uFFFF\uD800', customerId, apiKey },
      ],
      ['huge header', { rawBody: body, xTsAuthorization: 'A'.repeat(1_000_000), customerId, apiKey }],
    ];

    it.each(cases)('%s', (_name, input) => {
      const result = verifyCallbackSignature(input as CallbackSignatureInput);
      expect(result.valid).toBe(false);
    });

    it('reasons never contain the API key or the expected signature', () => {
      for (const [, input] of cases) {
        const result = verifyCallbackSignature(input as CallbackSignatureInput);
        if (!result.valid) {
          expect(result.reason).not.toContain(apiKey);
          expect(result.reason).not.toContain(signature);
        }
      }
      const result = verify({ xTsAuthorization: 'Yb+LGNGaw77VTibWsSraLj7g3CaO0mIuWa0A6JucGnA=' });
      expect(JSON.stringify(result)).not.toContain(signature);
    });
  });
});
