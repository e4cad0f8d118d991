import { z } from 'zod';

/** A whole number within bounds, with a message that names the setting and its range. */
export const wholeNumber = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a whole number from ${min} to ${max}` })
    .int(`${name} must be a whole number from ${min} to ${max}`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/** A duration in milliseconds within bounds. */
export const milliseconds = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a number of milliseconds from ${min} to ${max}` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(min, `${name} must be at least ${min} ms`)
    .max(max, `${name} must be at most ${max} ms`);

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
