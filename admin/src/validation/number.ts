import { getTranslation } from '../utils/getTranslation';

import type { FieldErrors } from './fieldErrors';
import type { NumberType, SmsNumber } from '../api/numbers';
import type { NumberCreateBody } from '../../../server/src/numbers/number.types';

interface NumberDraft {
  number: string;
  type: NumberType;
  description: string;
}

type NumberField = 'number' | 'type' | 'description';

const DESCRIPTION_MAX_LENGTH = 255;
/** Country code and subscriber number, as TeleSign writes them: 7–15 digits, never a leading 0. */
const PHONE_DIGITS = /^[1-9][0-9]{6,14}$/;
const SHORT_CODE = /^[0-9]{5,6}$/;

const emptyNumberDraft = (): NumberDraft => ({ number: '', type: 'geo', description: '' });

const draftFromNumber = (number: SmsNumber): NumberDraft => ({
  number: number.number,
  type: number.type,
  description: number.description ?? '',
});

const numberError = (draft: NumberDraft): FieldErrors<NumberField>['number'] => {
  const number = draft.number.trim();
  if (number === '') {
    return {
      descriptor: {
        id: getTranslation('validation.number.required'),
        defaultMessage: 'Enter the number you bought from TeleSign.',
      },
    };
  }
  if (!/^[0-9]+$/.test(number)) {
    return {
      descriptor: {
        id: getTranslation('validation.number.digitsOnly'),
        defaultMessage:
          'Write the number as digits only, with the country code and without +, spaces or dashes (for example 14252306549).',
      },
    };
  }
  if (draft.type === 'short-code') {
    return SHORT_CODE.test(number)
      ? undefined
      : {
          descriptor: {
            id: getTranslation('validation.number.shortCode'),
            defaultMessage: 'A short code has 5 or 6 digits.',
          },
        };
  }
  return PHONE_DIGITS.test(number)
    ? undefined
    : {
        descriptor: {
          id: getTranslation('validation.number.length'),
          defaultMessage:
            'A phone number has 7 to 15 digits including the country code, which does not start with 0 (for example 14252306549).',
        },
      };
};

/** The checks the server makes before storing a number; only it can tell whether a number is taken. */
const validateNumber = (draft: NumberDraft): FieldErrors<NumberField> => {
  const errors: FieldErrors<NumberField> = {};
  const number = numberError(draft);
  if (number) {
    errors.number = number;
  }
  if (draft.description.trim().length > DESCRIPTION_MAX_LENGTH) {
    errors.description = {
      descriptor: {
        id: getTranslation('validation.number.description.tooLong'),
        defaultMessage: 'Shorten the description to {max} characters or fewer.',
      },
      values: { max: DESCRIPTION_MAX_LENGTH },
    };
  }
  return errors;
};

const numberBody = (draft: NumberDraft): NumberCreateBody => ({
  number: draft.number.trim(),
  type: draft.type,
  description: draft.description.trim() === '' ? null : draft.description.trim(),
});

const NUMBER_FIELDS: readonly NumberField[] = ['number', 'type', 'description'];

export {
  NUMBER_FIELDS,
  draftFromNumber,
  emptyNumberDraft,
  numberBody,
  validateNumber,
  type NumberDraft,
  type NumberField,
};
