import {
  buildBasicAuthorization,
  buildStringToSign,
  buildTsaHeaders,
  computeTsaSignature,
  decodeApiKey,
  FORM_CONTENT_TYPE,
  signCallbackBody,
} from '../signing';
import { OFFICIAL } from './vectors';

/** Every vector in docs/telesign.md §2.1, §2.3 and §3.4. */

const signatureOf = (authorization: string | undefined): string => {
  const match = /^TSA [^:]+:(.+)$/.exec(authorization ?? '');
  if (!match?.[1]) throw new Error(`not a TSA header: ${authorization}`);
  return match[1];
};

describe('Basic auth (§2.1, Node SDK test)', () => {
  it('encodes customer id and the API key as-is', () => {
    expect(buildBasicAuthorization(OFFICIAL.customerId, OFFICIAL.nodeSdk.apiKey)).toBe(
      'Basic RkZGRkZGRkYtRUVFRS1ERERELTEyMzQtQUIxMjM0NTY3ODkwOlZHVnpkQ0JMWlhrPQ==',
    );
  });
});

describe('A. Node SDK vectors (§2.3)', () => {
  const { apiKey, date, nonce } = OFFICIAL.nodeSdk;
  const common = { customerId: OFFICIAL.customerId, apiKey, date, nonce, resource: '/v1/resource' };

  it('decodes the key to "Test Key"', () => {
    expect(decodeApiKey(apiKey).toString('utf8')).toBe('Test Key');
  });

  it('A1: POST form body test=param, with the documented string-to-sign', () => {
    expect(
      buildStringToSign({
        method: 'POST',
        contentType: FORM_CONTENT_TYPE,
        date,
        nonce,
        body: 'test=param',
        resource: '/v1/resource',
      }),
    ).toBe(
      'POST\napplication/x-www-form-urlencoded\nWed, 14 Dec 2016 18:20:12 GMT\nx-ts-auth-method:HMAC-SHA256\n' +
        'x-ts-nonce:A1592C6F-E384-4CDB-BC42-C3AB970369E9\ntest=param\n/v1/resource',
    );
    const headers = buildTsaHeaders({ ...common, method: 'POST', body: 'test=param' });
    expect(headers.Authorization).toBe(
      `TSA ${OFFICIAL.customerId}:vXw/XzywdhgfEG2/zWLaFp7oXmjLB8iJDMndvDbZMjk=`,
    );
    expect(headers['Content-Type']).toBe(FORM_CONTENT_TYPE);
  });

  it('A2: POST form body with a percent-encoded non-ASCII character', () => {
    const headers = buildTsaHeaders({ ...common, method: 'POST', body: 'test=%CF%BF' });
    expect(signatureOf(headers.Authorization)).toBe('lPpGXw4jTRdaEp2obzYAD5rR+2aWDInJ8ThLbq0nTGU=');
  });

  it('A3: GET with an empty content type line and no body', () => {
    expect(
      buildStringToSign({ method: 'GET', contentType: '', date, nonce, body: '', resource: '/v1/resource' }),
    ).toBe(
      'GET\n\nWed, 14 Dec 2016 18:20:12 GMT\nx-ts-auth-method:HMAC-SHA256\n' +
        'x-ts-nonce:A1592C6F-E384-4CDB-BC42-C3AB970369E9\n/v1/resource',
    );
    const headers = buildTsaHeaders({ ...common, method: 'GET' });
    expect(signatureOf(headers.Authorization)).toBe('wscyrZZtA7kdXu0i4D5KXyDmBcwH52JF1feiEKp+ir0=');
    expect(headers).not.toHaveProperty('Content-Type');
  });
});

describe('B. PHP SDK vectors (§2.3)', () => {
  const { apiKeyAsPublished, apiKey, date, nonce } = OFFICIAL.phpSdk;
  const common = {
    customerId: OFFICIAL.customerId,
    apiKey,
    date,
    nonce,
    resource: '/v1/resource',
    body: 'test=param',
  };

  it('refuses the key as published: its "-" would be read as base64url "+" by Node', () => {
    expect(() => decodeApiKey(apiKeyAsPublished)).toThrow(TypeError);
  });

  it('the error for a refused key does not echo the key', () => {
    let message = '';
    try {
      decodeApiKey(apiKeyAsPublished);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(message).not.toContain('TE8s');
  });

  it.each([
    ['POST', 'smUGWEeXtN+WT1s/y1Ssp4Q2Acm/ultPxkgl/GjqSsA='],
    // Content type is empty for GET and DELETE, so their fields (sent in the query) are not signed.
    ['GET', 'YgzQt6LcuBDSUeTpE4SASXcSAKAm1eL5TWetbxhXJxg='],
    ['PUT', 'ccNQP7Tdwsfqx/Sdz/MmZuhFh+z0z/Bj+OcwDhbTT0s='],
    ['DELETE', 'ODT8s51qSdrS2pKbtrKIu76gQJf2h0hDz8nJ5ho0/6w='],
  ])('%s (key with "-" stripped, as PHP and Python decode it)', (method, signature) => {
    expect(signatureOf(buildTsaHeaders({ ...common, method }).Authorization)).toBe(signature);
  });
});

describe('C. Self-computed vectors (§2.3)', () => {
  const { date, nonce } = OFFICIAL.nodeSdk;

  it('POST /v1/messaging with the body URLSearchParams produces', () => {
    const body = new URLSearchParams({
      phone_number: '15555551234',
      message: 'Hello world',
      message_type: 'ARN',
    }).toString();
    expect(body).toBe('phone_number=15555551234&message=Hello+world&message_type=ARN');
    expect(
      computeTsaSignature(OFFICIAL.docsKey, {
        method: 'POST',
        contentType: FORM_CONTENT_TYPE,
        date,
        nonce,
        body,
        resource: '/v1/messaging',
      }),
    ).toBe('r0J6TnFIeYHUDjsT2nmzcsgdfwBiKuGDIzwdk30OVRM=');
  });

  it('GET /v1/messaging/<reference id>', () => {
    expect(
      computeTsaSignature(OFFICIAL.docsKey, {
        method: 'GET',
        contentType: '',
        date,
        nonce,
        body: '',
        resource: '/v1/messaging/0123456789ABCDEF0123456789ABCDEF',
      }),
    ).toBe('+8ysX/WZU0ydBD0SWJT5o/tlYf52C8+JTM5TkxqM5e0=');
  });
});

describe('callback signing vectors (§3.4)', () => {
  it('PHP SDK UtilTest body', () => {
    expect(signCallbackBody(OFFICIAL.phpSdk.apiKey, OFFICIAL.callbacks.phpBody)).toBe(
      '4NzBWLbUiX4doPp5ls4rBNSZdTBO+LBo1adwJeaLt04=',
    );
  });

  it("Python/PHP/Ruby SDK body {'test': 123}", () => {
    expect(signCallbackBody(OFFICIAL.phpSdk.apiKey, "{'test': 123}")).toBe(
      'B97g3N9lPdVaptvifxRau7bzVAC5hhRBZ6HKXABN744=',
    );
  });

  it('self-computed DLR body with the docs key', () => {
    expect(signCallbackBody(OFFICIAL.docsKey, OFFICIAL.callbacks.dlrBody)).toBe(
      OFFICIAL.callbacks.dlrSignature,
    );
  });

  it('signs Buffer and string bodies identically', () => {
    expect(signCallbackBody(OFFICIAL.docsKey, Buffer.from(OFFICIAL.callbacks.dlrBody, 'utf8'))).toBe(
      OFFICIAL.callbacks.dlrSignature,
    );
  });
});
