import { analyzeSegments, isGsm7Character } from '../segments';

const digits = (count: number) => '1'.repeat(count);

describe('analyzeSegments', () => {
  it.each([
    ['160 GSM digits', 'gsm-7', 1, digits(160)],
    ['161 GSM digits', 'gsm-7', 2, digits(161)],
    ['306 GSM digits', 'gsm-7', 2, digits(306)],
    ['307 GSM digits', 'gsm-7', 3, digits(307)],
    ['an escape character + 158 digits', 'gsm-7', 1, `{${digits(158)}`],
    ['an escape character + 159 digits', 'gsm-7', 2, `{${digits(159)}`],
    ['an emoji + 68 digits (70 UTF-16 units)', 'ucs-2', 1, `😜${digits(68)}`],
    ['an emoji + 69 digits', 'ucs-2', 2, `😜${digits(69)}`],
    ['an emoji + 133 digits', 'ucs-2', 3, `😜${digits(133)}`],
    ['a flag + 66 digits', 'ucs-2', 1, `🇮🇹${digits(66)}`],
    ['a flag + 67 digits', 'ucs-2', 2, `🇮🇹${digits(67)}`],
    ['a ZWJ sequence + 64 digits', 'ucs-2', 1, `🏳️‍🌈${digits(64)}`],
    ['a ZWJ sequence + 65 digits', 'ucs-2', 2, `🏳️‍🌈${digits(65)}`],
    ['70 × Á', 'ucs-2', 1, 'Á'.repeat(70)],
    ['71 × Á', 'ucs-2', 2, 'Á'.repeat(71)],
    ['an emoji + 68 × ] (1 unit each in UCS-2)', 'ucs-2', 1, `😀${']'.repeat(68)}`],
    ['an emoji + 69 × ]', 'ucs-2', 2, `😀${']'.repeat(69)}`],
    ['152 GSM characters and one Unicode character (Twilio: 3 segments)', 'ucs-2', 3, `${digits(152)}ç`],
  ])('%s → %s, %i segment(s)', (_name, encoding, segments, body) => {
    expect(analyzeSegments(body)).toMatchObject({ encoding, segments });
  });

  it('never splits an escape pair across segments', () => {
    // 152 septets, then an escape pair (2 septets) that would straddle 153 → a second segment starts.
    const body = `${digits(152)}€${digits(10)}`;
    const analysis = analyzeSegments(body);
    expect(analysis.units).toBe(164);
    expect(analysis.segments).toBe(2);
    expect(analysis.remainingInSegment).toBe(153 - 12);
  });

  it('counts characters as code points, not UTF-16 units', () => {
    expect(analyzeSegments('😜a').characters).toBe(2);
  });

  it('names the characters that force Unicode, once each, in order', () => {
    expect(analyzeSegments('Café “ok” ça va 😀 “ok”').unicodeCharacters).toEqual(['“', '”', 'ç', '😀']);
  });

  it('treats é, Ç, CR and LF as GSM-7 and á, ç as not', () => {
    expect(['é', 'Ç', '\r', '\n', '€', '^'].every(isGsm7Character)).toBe(true);
    expect(['á', 'ç', '`', 'ê'].some(isGsm7Character)).toBe(false);
  });

  it('reports an empty body as one GSM-7 segment with the whole segment left', () => {
    expect(analyzeSegments('')).toMatchObject({ encoding: 'gsm-7', segments: 1, remainingInSegment: 160 });
  });
});
