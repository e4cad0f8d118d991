import { numberCreateSchema } from '../../../shared/contracts/numbers/number.schema';

import { schemaFieldErrors, type FieldErrors } from './fieldErrors';
import type { NumberType, SmsNumber } from '../api/numbers';
import type { NumberCreateBody } from '../../../shared/contracts/numbers/number.types';

interface NumberDraft {
  number: string;
  type: NumberType;
  description: string;
}

type NumberField = 'number' | 'type' | 'description';

const NUMBER_FIELDS: readonly NumberField[] = ['number', 'type', 'description'];

const emptyNumberDraft = (): NumberDraft => ({ number: '', type: 'geo', description: '' });

const draftFromNumber = (number: SmsNumber): NumberDraft => ({
  number: number.number,
  type: number.type,
  description: number.description ?? '',
});

const numberBody = (draft: NumberDraft): NumberCreateBody => ({
  number: draft.number.trim(),
  type: draft.type,
  description: draft.description.trim() === '' ? null : draft.description.trim(),
});

/** The server's checks of a new number; only the server can tell whether a number is taken. */
const validateNumber = (draft: NumberDraft): FieldErrors<NumberField> =>
  schemaFieldErrors(numberCreateSchema, numberBody(draft), NUMBER_FIELDS);

export {
  NUMBER_FIELDS,
  draftFromNumber,
  emptyNumberDraft,
  numberBody,
  validateNumber,
  type NumberDraft,
  type NumberField,
};
