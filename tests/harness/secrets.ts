export interface SecretForm {
  /** Whose key and in which form, for the failure message. */
  name: string;
  value: string;
}

const FRAGMENT = 16;
const STEP = 8;

/** Pieces of `value` such that any FRAGMENT + STEP - 1 characters in a row contain one of them. */
const fragments = (value: string): string[] => {
  const pieces: string[] = [];
  for (let at = 0; at + FRAGMENT <= value.length; at += STEP) pieces.push(value.slice(at, at + FRAGMENT));
  return pieces;
};

/**
 * The forms a TeleSign API key could leak in: as entered; its decoded bytes (the HMAC key) as
 * hex or base64url; inside the Basic credential TeleSign's REST API accepts; URL- or JSON-escaped.
 * A partial leak counts too: any 23 characters in a row of the key, its hex or base64url form.
 */
export const secretForms = (label: string, customerId: string, apiKey: string): SecretForm[] => {
  const bytes = Buffer.from(apiKey, 'base64');
  const partial: Record<string, string> = {
    'API key': apiKey,
    'key bytes as hex': bytes.toString('hex'),
    'key bytes as base64url': bytes.toString('base64url'),
  };
  const whole: Record<string, string> = {
    ...partial,
    'key bytes as upper-case hex': bytes.toString('hex').toUpperCase(),
    'Basic credential': Buffer.from(`${customerId}:${apiKey}`).toString('base64'),
    'URL-encoded API key': encodeURIComponent(apiKey),
    'JSON-escaped API key': apiKey.replaceAll('/', '\\/'),
  };
  return [
    ...Object.entries(whole).map(([form, value]) => ({ name: `${label}: ${form}`, value })),
    ...Object.entries(partial).flatMap(([form, value]) =>
      fragments(value).map((piece) => ({ name: `${label}: part of the ${form}`, value: piece })),
    ),
  ];
};

/** The names of the forms found in `text`, each once. */
export const findSecrets = (text: string, forms: SecretForm[]): string[] => [
  ...new Set(forms.filter((form) => text.includes(form.value)).map((form) => form.name)),
];

/** A database value as text to search: blobs as hex too, so raw key bytes show as their hex form. */
export const cellText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return `${value.toString('utf8')}\n${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? String(value);
};
