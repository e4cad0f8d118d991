/**
 * How long a TeleSign API key is. TeleSign issues 64 random bytes (88 base64 characters); the
 * docs' own example key has 55. The floor is set at 16 bytes, 128 bits, the least any HMAC key is
 * issued with: a shorter value cannot be a real key, only a piece of one or a placeholder, and would
 * make every signature cheap to forge.
 */
export const MIN_API_KEY_BYTES = 16;

/** Standard base64 (not base64url), padded: the form TeleSign shows keys in. */
const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const isStandardBase64 = (value: string): boolean => value.length > 0 && STANDARD_BASE64.test(value);

/** The number of bytes standard base64 text decodes to (its form is checked separately). */
export const base64ByteLength = (base64: string): number => {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
};
