/** Longest conversation preview the database column holds. */
const PREVIEW_CHARACTERS = 160;

/**
 * The one-line preview an inbox list shows: whitespace collapsed, cut at a character (code point)
 * boundary so an emoji is never split in half.
 */
export const previewOf = (body: string): string => {
  const characters = Array.from(body.replace(/\s+/g, ' ').trim());
  return characters.length <= PREVIEW_CHARACTERS
    ? characters.join('')
    : `${characters.slice(0, PREVIEW_CHARACTERS - 1).join('')}…`;
};
