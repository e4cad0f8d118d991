import { useEffect, useRef, useState } from 'react';

import { Searchbar, SearchForm } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

/** Typing pauses this long before the list is searched, so each key press is not a request. */
const SEARCH_DELAY_MS = 300;

interface InboxSearchProps {
  value: string;
  onSearch: (q: string) => void;
}

/** Searches customer numbers (typed any way: "+1 (425) 555-0100") and message text. */
const InboxSearch = ({ value, onSearch }: InboxSearchProps) => {
  const { formatMessage } = useIntl();
  const [text, setText] = useState(value);
  const settled = useDebounce(text, SEARCH_DELAY_MS);
  // The search in effect when the typing settled: Clear searches at once, without waiting for it.
  const searched = useRef(value);

  useEffect(() => {
    if (settled.trim() !== searched.current.trim()) {
      searched.current = settled.trim();
      onSearch(settled.trim());
    }
  }, [settled, onSearch]);

  const label = formatMessage({
    id: getTranslation('inbox.search'),
    defaultMessage: 'Search by number or message text',
  });

  return (
    <SearchForm onSubmit={(event) => event.preventDefault()}>
      <Searchbar
        name="q"
        value={text}
        placeholder={label}
        onChange={(event) => setText(event.target.value)}
        onClear={() => {
          setText('');
          searched.current = '';
          onSearch('');
        }}
        clearLabel={formatMessage({
          id: getTranslation('inbox.search.clear'),
          defaultMessage: 'Clear search',
        })}
      >
        {label}
      </Searchbar>
    </SearchForm>
  );
};

export { InboxSearch };
