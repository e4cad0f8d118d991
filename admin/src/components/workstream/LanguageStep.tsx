import { useIntl } from 'react-intl';

import { useLanguageName } from '../../hooks/useLanguageName';
import { getTranslation } from '../../utils/getTranslation';
import { SelectField } from '../SelectField';

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
    <SelectField
      name="language"
      required
      maxWidth="48rem"
      label={formatMessage({ id: getTranslation('workstream.language'), defaultMessage: 'Default language' })}
      hint={formatMessage({
        id: getTranslation('workstream.language.hint'),
        defaultMessage: 'The language agents and automated messages use when a conversation starts.',
      })}
      value={value}
      options={languages.map((language) => ({ value: language.code, label: languageName(language) }))}
      onChange={onChange}
      error={error}
    />
  );
};

export { LanguageStep };
