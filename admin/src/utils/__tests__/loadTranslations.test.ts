import { loadTranslations } from '../loadTranslations';

describe('loadTranslations', () => {
  it('prefixes every key with the plugin id', async () => {
    const messages = await loadTranslations('ko');

    expect(messages['sms-channel.plugin.name']).toBe('SMS 채널');
    expect(Object.keys(messages).every((key) => key.startsWith('sms-channel.'))).toBe(true);
  });

  it('returns no messages for a locale the plugin does not ship, so defaultMessage applies', async () => {
    await expect(loadTranslations('fr')).resolves.toEqual({});
    await expect(loadTranslations('constructor')).resolves.toEqual({});
  });
});
