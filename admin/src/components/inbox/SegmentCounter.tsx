import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { MAX_MESSAGE_CHARACTERS, type SegmentAnalysis } from '../../../../shared/contracts/messages/segments';
import { getTranslation } from '../../utils/getTranslation';

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A character with its code point, so look-alikes (’ for ') can be told apart; blanks by code only. */
const describeCharacter = (character: string) =>
  /^\s$/u.test(character) ? codePoint(character) : `${character} (${codePoint(character)})`;

/**
 * What a message costs as it is typed: characters against the 1,600 limit, GSM-7 or Unicode, how
 * many SMS segments, and which characters force Unicode (each of which more than halves a segment).
 */
const SegmentCounter = ({ analysis }: { analysis: SegmentAnalysis }) => {
  const { formatMessage, formatNumber } = useIntl();
  const tooLong = analysis.characters > MAX_MESSAGE_CHARACTERS;
  const unicode = analysis.encoding === 'ucs-2';

  return (
    <Flex direction="column" alignItems="flex-start" gap={1} aria-live="polite">
      <Typography
        variant="pi"
        textColor={tooLong ? 'danger600' : 'neutral600'}
        fontWeight={tooLong ? 'bold' : 'regular'}
      >
        {formatMessage(
          {
            id: getTranslation('composer.counter'),
            defaultMessage:
              '{characters} / {max} characters · {encoding} · {segments, plural, one {# segment} other {# segments}} ({remaining} left in this one)',
          },
          {
            characters: formatNumber(analysis.characters),
            max: formatNumber(MAX_MESSAGE_CHARACTERS),
            encoding: unicode
              ? formatMessage({ id: getTranslation('composer.encoding.unicode'), defaultMessage: 'Unicode' })
              : formatMessage({ id: getTranslation('composer.encoding.gsm'), defaultMessage: 'GSM-7' }),
            segments: analysis.segments,
            remaining: analysis.remainingInSegment,
          },
        )}
      </Typography>
      {tooLong ? (
        <Typography variant="pi" textColor="danger600">
          {formatMessage(
            {
              id: getTranslation('composer.tooLong'),
              defaultMessage: 'An SMS can be at most {max} characters: shorten it by {over}.',
            },
            {
              max: formatNumber(MAX_MESSAGE_CHARACTERS),
              over: formatNumber(analysis.characters - MAX_MESSAGE_CHARACTERS),
            },
          )}
        </Typography>
      ) : null}
      {unicode ? (
        <Typography variant="pi" textColor="warning700">
          {formatMessage(
            {
              id: getTranslation('composer.unicodeHint'),
              defaultMessage:
                'Sent as Unicode because of {characters}: a segment then holds 70 characters instead of 160. Replace them to send fewer segments.',
            },
            {
              characters: analysis.unicodeCharacters.map(describeCharacter).join(', '),
            },
          )}
        </Typography>
      ) : null}
    </Flex>
  );
};

export { SegmentCounter };
