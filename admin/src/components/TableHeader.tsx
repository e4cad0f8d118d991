import { Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

interface TableHeaderProps {
  columns: Array<MessageDescriptor & { id: string }>;
  /** Adds the "Actions" column, for users who may change the rows. */
  withActions: boolean;
}

/** The header row of the plugin's tables, in the style of Strapi's own lists. */
const TableHeader = ({ columns, withActions }: TableHeaderProps) => {
  const { formatMessage } = useIntl();
  const headings = withActions
    ? [...columns, { id: getTranslation('table.actions'), defaultMessage: 'Actions' }]
    : columns;

  return (
    <Thead>
      <Tr>
        {headings.map((heading) => (
          <Th key={heading.id}>
            <Typography variant="sigma" textColor="neutral600">
              {formatMessage(heading)}
            </Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
};

export { TableHeader };
