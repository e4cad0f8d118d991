import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useLanguageName } from '../../hooks/useLanguageName';
import { getTranslation } from '../../utils/getTranslation';

import type { WorkstreamFormOptions } from '../../api/workstreams';

interface LanguageStepProps {
  languages: WorkstreamFormOptions['languages'];
  value: string;
  onChange: (language: string) => void;
  error?: string;
}

const LanguageStep = ({ languages, value, onChange, error }: LanguageStepProps) => {
  const { formatMessage } = useIntl();
  const languageName = useLanguageName();

  return (
    <Field.Root
      name="language"
      error={error}
      required
      maxWidth="48rem"
      hint={formatMessage({
        id: getTranslation('workstream.language.hint'),
        defaultMessage: 'The language agents and automated messages use when a conversation starts.',
      })}
    >
      <Field.Label>
        {formatMessage({ id: getTranslation('workstream.language'), defaultMessage: 'Default language' })}
      </Field.Label>
      <SingleSelect value={value} onChange={(language: string | number) => onChange(String(language))}>
        {languages.map((language) => (
          <SingleSelectOption key={language.code} value={language.code}>
            {languageName(language)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export { LanguageStep };
