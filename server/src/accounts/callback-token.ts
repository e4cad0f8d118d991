import { randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the token is the only secret in a callback URL, so it must be unguessable. */
export const newCallbackToken = (): string => randomBytes(32).toString('base64url');
