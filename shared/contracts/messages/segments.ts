/**
 * SMS encoding and segment count, as handsets and carriers split messages (3GPP TS 23.038/23.040):
 * GSM-7 when every character is in the GSM 03.38 default alphabet or its extension table, else
 * UCS-2. One segment holds 160 septets or 70 UTF-16 units; a concatenated message loses a 6-octet
 * header per segment, leaving 153 septets or 67 units, and a character never straddles two
 * segments (an escape pair, a surrogate pair). Pure and dependency-free: the admin composer uses it too.
 */

export type SmsEncoding = 'gsm-7' | 'ucs-2';

export interface SegmentAnalysis {
  encoding: SmsEncoding;
  segments: number;
  /** Unicode code points, the unit of the 1,600-character limit. */
  characters: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the body occupies. */
  units: number;
  /** Units the last segment can still take before another segment starts. */
  remainingInSegment: number;
  /** Distinct characters outside GSM-7, in order of appearance: why the body is UCS-2. */
  unicodeCharacters: string[];
}

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

const CAPACITY: Record<SmsEncoding, { single: number; concatenated: number }> = {
  'gsm-7': { single: 160, concatenated: 153 },
  'ucs-2': { single: 70, concatenated: 67 },
};

export const MAX_MESSAGE_CHARACTERS = 1600;

export const isGsm7Character = (character: string): boolean =>
  BASIC.has(character) || EXTENSION.has(character);

const unitsOf = (character: string, encoding: SmsEncoding): number =>
  encoding === 'gsm-7' ? (EXTENSION.has(character) ? 2 : 1) : character.length;

export const analyzeSegments = (body: string): SegmentAnalysis => {
  const characters = Array.from(body);
  const unicodeCharacters = [...new Set(characters.filter((character) => !isGsm7Character(character)))];
  const encoding: SmsEncoding = unicodeCharacters.length === 0 ? 'gsm-7' : 'ucs-2';
  const capacity = CAPACITY[encoding];
  const costs = characters.map((character) => unitsOf(character, encoding));
  const units = costs.reduce((sum, cost) => sum + cost, 0);

  if (units <= capacity.single) {
    return {
      encoding,
      segments: 1,
      characters: characters.length,
      units,
      remainingInSegment: capacity.single - units,
      unicodeCharacters,
    };
  }

  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > capacity.concatenated) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return {
    encoding,
    segments,
    characters: characters.length,
    units,
    remainingInSegment: capacity.concatenated - used,
    unicodeCharacters,
  };
};
