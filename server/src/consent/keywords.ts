/**
 * Classifies an inbound SMS as a consent keyword. Customers write "Stop.", " STOP ", "ＳＴＯＰ" or
 * "Arrêt", so the text is compared after Unicode compatibility folding (full-width letters),
 * lower-casing, accent stripping and removal of punctuation. Only a message that IS the keyword
 * acts on its own; one that merely starts with an opt-out word ("stop sending me these") is
 * flagged for a person to read, because guessing either way is worse.
 */

export type ConsentKeyword =
  | { action: 'opt-out'; keyword: string }
  | { action: 'opt-in'; keyword: string }
  | { action: 'help'; keyword: string }
  | { action: 'possible-opt-out'; keyword: string };

const OPT_OUT = [
  'stop',
  'stopall',
  'unsubscribe',
  'cancel',
  'end',
  'quit',
  'revoke',
  'optout',
  'opt out',
  'arret',
];
const OPT_IN = ['start', 'unstop'];
const HELP = ['help', 'info'];

/** Folded form of a message: what the keyword lists are written in. */
export const foldKeywordText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export const classifyKeyword = (text: string): ConsentKeyword | null => {
  const folded = foldKeywordText(text);
  if (OPT_OUT.includes(folded)) return { action: 'opt-out', keyword: folded };
  if (OPT_IN.includes(folded)) return { action: 'opt-in', keyword: folded };
  if (HELP.includes(folded)) return { action: 'help', keyword: folded };
  const leading = OPT_OUT.find((keyword) => folded.startsWith(`${keyword} `));
  return leading ? { action: 'possible-opt-out', keyword: leading } : null;
};
