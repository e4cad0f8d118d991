/**
 * TeleSign's inbound keyword handling (docs/telesign.md §5): the first word of the text, lower-cased,
 * decides the `action` reported in an `mo_sms` callback.
 */

export type InboundAction = 'stop' | 'start' | 'help' | 'generic';

const ACTIONS: Record<string, InboundAction> = {
  arrêt: 'stop',
  arret: 'stop',
  cancel: 'stop',
  end: 'stop',
  quit: 'stop',
  stop: 'stop',
  unsubscribe: 'stop',
  aide: 'help',
  contact: 'help',
  help: 'help',
  info: 'help',
  start: 'start',
};

/**
 * First whitespace-separated word, lower-cased, without surrounding punctuation ("STOP!" → "stop").
 * NFC first, so a decomposed "arrêt" typed on some keyboards still matches.
 */
export const keywordOf = (text: string): string => {
  const firstWord = text.normalize('NFC').trim().split(/\s+/u)[0] ?? '';
  return firstWord.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
};

export const actionFor = (keyword: string): InboundAction =>
  Object.prototype.hasOwnProperty.call(ACTIONS, keyword) ? ACTIONS[keyword] : 'generic';
