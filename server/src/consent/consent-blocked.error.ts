import { errors } from '@strapi/utils';
import type { ConsentView } from './consent.types';

/** A send refused before TeleSign is called because the customer opted out (400 from the admin API). */
export class ConsentBlockedError extends errors.ApplicationError<
  'ConsentBlockedError',
  string,
  { consent: ConsentView }
> {
  constructor(message: string, consent: ConsentView) {
    super(message, { consent });
    this.name = 'ConsentBlockedError';
  }
}
