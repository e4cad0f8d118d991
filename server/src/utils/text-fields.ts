import type { z } from 'zod';

/**
 * Characters no name, label or description needs: C0 controls (NUL, tab, line breaks...), DEL and
 * C1 controls; and the bidi embedding, override and isolate characters, which make text read
 * differently from what it is. PostgreSQL refuses NUL in text outright.
 */
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F';
const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';

const UNWANTED_CHARACTER = new RegExp(`[${CONTROLS}${BIDI_CONTROLS}]`, 'u');
const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROLS}]`, 'u');

/** Every unwanted character, for cleaning text that came from outside before it is stored. */
export const UNWANTED_CHARACTERS = new RegExp(UNWANTED_CHARACTER.source, 'gu');

const codePoint = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What to remove from a free-text field, or null when it has nothing unwanted. `field` names the
 * field as a person reads it, e.g. "The account name".
 */
export const unwantedCharacterProblem = (value: string, field: string): string | null => {
  const found = UNWANTED_CHARACTER.exec(value);
  if (!found) return null;
  const character = codePoint(found[0]);
  return BIDI_CONTROL.test(found[0])
    ? `${field} contains the text-direction control character ${character} (U+202A–U+202E and ` +
        'U+2066–U+2069 are not allowed: they make text read differently from what it is). Remove it.'
    : `${field} contains the control character ${character} (NUL, tabs, line breaks and other control ` +
        'characters are not allowed). Remove it.';
};

/** For a zod string's `.superRefine()`: refuses a free-text field with unwanted characters. */
export const refuseUnwantedCharacters =
  (field: string) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const problem = unwantedCharacterProblem(value, field);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
