import config, { defaultConfig } from '../../config';

const validate = (conversations: object) => () =>
  config.validator({ ...defaultConfig, conversations: { ...defaultConfig.conversations, ...conversations } });

describe('conversations config', () => {
  it('accepts the default and any interval from 100 ms to a day', () => {
    expect(validate(defaultConfig.conversations)).not.toThrow();
    expect(validate({ autoCloseIntervalMs: 100 })).not.toThrow();
    expect(validate({ autoCloseIntervalMs: 86_400_000 })).not.toThrow();
  });

  it('accepts an updates overlap from 100 ms to a minute', () => {
    expect(validate({ updatesOverlapMs: 100 })).not.toThrow();
    expect(validate({ updatesOverlapMs: 60_000 })).not.toThrow();
  });

  it.each([
    [
      { autoCloseIntervalMs: 50 },
      'conversations.autoCloseIntervalMs: conversations.autoCloseIntervalMs must be at least 100 ms',
    ],
    [
      { autoCloseIntervalMs: 1.5 },
      'conversations.autoCloseIntervalMs: conversations.autoCloseIntervalMs must be a whole number of milliseconds',
    ],
    [
      { autoCloseIntervalMs: '1m' },
      'conversations.autoCloseIntervalMs: conversations.autoCloseIntervalMs must be a number of milliseconds from 100 to 86400000',
    ],
    [
      { updatesOverlapMs: 0 },
      'conversations.updatesOverlapMs: conversations.updatesOverlapMs must be at least 100 ms',
    ],
  ])('refuses %j, naming the setting and its range', (conversations, problem) => {
    expect(validate(conversations)).toThrow(`Invalid sms-channel plugin config — ${problem}`);
  });
});
