import config, { defaultConfig } from '../../config';

const validate = (outage: unknown) => () =>
  config.validator({ ...defaultConfig, sender: { ...defaultConfig.sender, outage } });

describe('sender.outage config', () => {
  it('accepts the default and the ends of each range', () => {
    expect(validate(defaultConfig.sender.outage)).not.toThrow();
    expect(validate({ minimumSends: 1, failureRatio: 1, windowMs: 1_000, pauseMs: 100 })).not.toThrow();
  });

  it.each([
    [{ failureRatio: 0 }, 'sender.outage.failureRatio: sender.outage.failureRatio must be greater than 0'],
    [{ failureRatio: 1.5 }, 'sender.outage.failureRatio: sender.outage.failureRatio must be at most 1'],
    [{ failureRatio: '50%' }, 'sender.outage.failureRatio: sender.outage.failureRatio must be a number'],
    [{ minimumSends: 0 }, 'sender.outage.minimumSends: sender.outage.minimumSends must be at least 1'],
    [{ windowMs: 500 }, 'sender.outage.windowMs: sender.outage.windowMs must be at least 1000 ms'],
    [{ pauseMs: 2.5 }, 'sender.outage.pauseMs: sender.outage.pauseMs must be a whole number of milliseconds'],
  ])('refuses %j, naming the setting and what to change', (change, problem) => {
    expect(validate({ ...defaultConfig.sender.outage, ...change })).toThrow(
      `Invalid sms-channel plugin config — ${problem}`,
    );
  });
});
