import { getTranslation } from './getTranslation';

type Messages = Record<string, string>;

/** Locales this plugin ships; any other admin locale falls back to the English `defaultMessage`s. */
const BUNDLES = new Map<string, () => Promise<{ default: Messages }>>([
  ['en', () => import('../translations/en.json')],
  ['ko', () => import('../translations/ko.json')],
]);

/** Loads a locale's messages with every key prefixed by the plugin id, or `{}` if none ship. */
const loadTranslations = async (locale: string): Promise<Messages> => {
  const load = BUNDLES.get(locale);

  if (!load) {
    return {};
  }

  const { default: messages } = await load();

  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [getTranslation(key), text]));
};

export { loadTranslations };
