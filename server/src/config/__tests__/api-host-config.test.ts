import config, { defaultConfig } from '..';

const validate = (apiHost: unknown) => () => config.validator({ ...defaultConfig, apiHost });

describe('apiHost config', () => {
  it('keeps private networks closed by default', () => {
    expect(defaultConfig.apiHost).toEqual({ allowPrivateNetworks: false });
    expect(validate(defaultConfig.apiHost)).not.toThrow();
    expect(validate({ allowPrivateNetworks: true })).not.toThrow();
  });

  it.each(['yes', 1, null])('refuses allowPrivateNetworks: %j, naming the setting', (value) => {
    expect(validate({ allowPrivateNetworks: value })).toThrow(
      'apiHost.allowPrivateNetworks: apiHost.allowPrivateNetworks must be true or false',
    );
  });
});
