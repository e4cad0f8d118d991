/** Identifier formats shared by the TeleSign API, the control API and the configuration. */

/** TeleSign customer ids are GUIDs: `FFFFFFFF-EEEE-DDDD-1234-AB1234567890`. */
export const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** TeleSign phone numbers: country code and number, digits only, 7–15 digits (E.164 without `+`). */
export const PHONE_DIGITS = /^[1-9][0-9]{6,14}$/;
