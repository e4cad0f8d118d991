import { errors } from '@strapi/utils';
import type { ErrorCode, MessageValues, Problem } from '../../../shared/contracts/errors/problem';
import type { ConsentView } from './consent.types';

/** A send refused before TeleSign is called because the customer opted out (400 from the admin API). */
export class ConsentBlockedError extends errors.ApplicationError<
  'ConsentBlockedError',
  string,
  { consent: ConsentView; code: ErrorCode; values: MessageValues }
> {
  constructor({ code, values, message }: Problem, consent: ConsentView) {
    super(message, { consent, code, values });
    this.name = 'ConsentBlockedError';
  }
}
