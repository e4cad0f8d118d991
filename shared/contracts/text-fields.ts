import type { z } from 'zod';
import { codedIssue } from './errors/problem';

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

/** The free-text fields of the contract; each has its own codes, so a translation can name the field. */
type TextField = 'account.name' | 'workstream.name' | 'number.description';

/** For a zod string's `.superRefine()`: refuses a free-text field with an unwanted character. */
export const refuseUnwantedCharacters =
  (field: TextField) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const found = UNWANTED_CHARACTER.exec(value);
    if (!found) return;
    const code = BIDI_CONTROL.test(found[0])
      ? (`${field}.directionControl` as const)
      : (`${field}.controlCharacter` as const);
    ctx.addIssue({ code: 'custom', message: codedIssue(code, { character: codePoint(found[0]) }) });
  };
