import { useCallback, useMemo } from 'react';

import { useIntl } from 'react-intl';

/**
 * A language's name in the admin's own language (Korean admins read "영어", not "English"), with
 * the language's name for itself added when it differs; `fallback` when the browser cannot name it.
 */
const useLanguageName = () => {
  const { locale } = useIntl();
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);

  return useCallback(
    (language: { code: string; name: string; nativeName: string }) => {
      const localName = names.of(language.code) ?? language.name;
      return localName === language.nativeName ? localName : `${localName} (${language.nativeName})`;
    },
    [names],
  );
};

export { useLanguageName };
