import { DEFAULT_CONFIG, loadConfig } from '../config';

describe('loadConfig', () => {
  it('defaults to TeleSign timings and the demo account', () => {
    const config = loadConfig({}, []);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4010,
      callbackRetryDelaysMs: [10_000, 30_000],
      dateToleranceMs: 900_000,
    });
    expect(Buffer.from(config.defaultCustomer.apiKey, 'base64')).toHaveLength(64);
  });

  it('reads SIMULATOR_* variables', () => {
    const config = loadConfig(
      {
        SIMULATOR_PORT: '0',
        SIMULATOR_CALLBACK_RETRY_DELAYS_MS: '100,200',
        SIMULATOR_REPORT_DELAY_MS: '5',
        SIMULATOR_FINAL_REPORT_DELAY_MS: '10',
        SIMULATOR_CUSTOMER_ID: 'ffffffff-eeee-dddd-1234-ab1234567890',
        SIMULATOR_API_KEY: 'VGVzdCBLZXk=',
        SIMULATOR_CALLBACK_URL: 'http://127.0.0.1:1337/api/sms-channel/telesign/callbacks/t',
        SIMULATOR_NUMBERS: '14255550100, 14255550101',
        SIMULATOR_DATE_TOLERANCE_MS: '60000',
      },
      [],
    );
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 0,
      defaultCustomer: {
        customerId: 'FFFFFFFF-EEEE-DDDD-1234-AB1234567890',
        apiKey: 'VGVzdCBLZXk=',
        callbackUrl: 'http://127.0.0.1:1337/api/sms-channel/telesign/callbacks/t',
        numbers: ['14255550100', '14255550101'],
      },
      inProgressReportDelayMs: 5,
      finalReportDelayMs: 10,
      callbackRetryDelaysMs: [100, 200],
      callbackTimeoutMs: 5_000,
      dateToleranceMs: 60_000,
    });
  });

  it('lets flags override variables and allows no retries or no numbers', () => {
    const config = loadConfig({ SIMULATOR_PORT: '5000' }, [
      '--port',
      '5001',
      '--callback-retry-delays-ms=',
      '--numbers',
      '',
    ]);
    expect(config).toMatchObject({ port: 5001, callbackRetryDelaysMs: [], defaultCustomer: { numbers: [] } });
  });

  it.each([
    [{ SIMULATOR_PORT: 'http' }, /port: must be a whole number/],
    [{ SIMULATOR_PORT: '70000' }, /port: must be at most 65535/],
    [{ SIMULATOR_API_KEY: 'not-base64' }, /api-key: must be standard base64/],
    [
      { SIMULATOR_CALLBACK_RETRY_DELAYS_MS: '100,soon' },
      /callback-retry-delays-ms\.1: must be a whole number/,
    ],
    [{ SIMULATOR_NUMBERS: '+14255550100' }, /numbers\.0: each number must be digits only/],
  ])('explains a bad setting %p', (env, message) => {
    expect(() => loadConfig(env, [])).toThrow(message);
  });

  it('refuses an unknown flag', () => {
    expect(() => loadConfig({}, ['--prot', '1'])).toThrow(/Unknown option '--prot'/);
  });
});
