import { createIntl, createIntlCache, type IntlShape } from 'react-intl';

import { errorMessageId } from './errorMessageId';
import en from './en.json';
import ko from './ko.json';
import { getTranslation } from '../utils/getTranslation';

import type { ProblemText } from '../api/readProblem';

/**
 * Server errors in the admin's language, outside React: a failed request's problem is read where
 * the request fails. The admin sets `<html lang>` to the language the user picked.
 */

const TRANSLATIONS: Record<string, Record<string, string>> = { en, ko };

const cache = createIntlCache();
const intls = new Map<string, IntlShape>();

const intlFor = (language: string): IntlShape => {
  const found = intls.get(language);
  if (found) {
    return found;
  }
  const messages = Object.fromEntries(
    Object.entries(TRANSLATIONS[language] ?? en).map(([key, text]) => [getTranslation(key), text]),
  );
  const intl = createIntl({ locale: language, messages, onError: () => undefined }, cache);
  intls.set(language, intl);
  return intl;
};

/** The problem's translation; the server's English message for a code this admin does not know. */
const translateProblem = (
  problem: ProblemText,
  language: string = document.documentElement.lang.split('-')[0] || 'en',
): string => {
  const intl = intlFor(language);
  const id = problem.code === undefined ? undefined : errorMessageId(problem.code);
  if (id === undefined || intl.messages[id] === undefined) {
    return problem.message;
  }
  return intl.formatMessage({ id }, problem.values);
};

export { translateProblem };
