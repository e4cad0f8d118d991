import { Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { RowActions } from '../RowActions';
import { TableHeader } from '../TableHeader';

import { TYPE_LABELS } from './NumberDialog';
import { RemoveNumberButton } from './RemoveNumberButton';

import type { SmsNumber } from '../../api/numbers';

const COLUMNS = [
  { id: getTranslation('numbers.number'), defaultMessage: 'Number' },
  { id: getTranslation('numbers.type'), defaultMessage: 'Type' },
  { id: getTranslation('numbers.description'), defaultMessage: 'Description' },
  { id: getTranslation('numbers.workstream'), defaultMessage: 'Workstream' },
];

interface NumbersTableProps {
  numbers: SmsNumber[];
  /** Given only to users who may change numbers: without it the table is read-only. */
  manage?: { accountId: string; onEdit: (number: SmsNumber) => void };
}

const NumbersTable = ({ numbers, manage }: NumbersTableProps) => {
  const { formatMessage } = useIntl();
  const editable = manage !== undefined;

  return (
    <Table colCount={COLUMNS.length + (editable ? 1 : 0)} rowCount={numbers.length + 1}>
      <TableHeader columns={COLUMNS} withActions={editable} />
      <Tbody>
        {numbers.map((number) => (
          <Tr key={number.documentId}>
            <Td>
              <Typography textColor="neutral800" fontWeight="bold">
                {formatPhoneNumber(number.number)}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatMessage(TYPE_LABELS[number.type])}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{number.description ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography textColor={number.workstream ? 'neutral800' : 'neutral500'}>
                {number.workstream?.name ??
                  formatMessage({
                    id: getTranslation('numbers.workstream.none'),
                    defaultMessage: 'None yet',
                  })}
              </Typography>
            </Td>
            {manage ? (
              <RowActions
                editLabel={formatMessage(
                  { id: getTranslation('numbers.edit'), defaultMessage: 'Edit {number}' },
                  { number: formatPhoneNumber(number.number) },
                )}
                onEdit={() => manage.onEdit(number)}
              >
                <RemoveNumberButton accountId={manage.accountId} number={number} />
              </RowActions>
            ) : null}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export { NumbersTable };
