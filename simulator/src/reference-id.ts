import { randomBytes } from 'node:crypto';

/** TeleSign reference ids are 32 uppercase hex characters (128 bits). */
export const newReferenceId = (): string => randomBytes(16).toString('hex').toUpperCase();

export const isReferenceId = (value: string): boolean => /^[0-9A-Fa-f]{32}$/.test(value);
