import { Box, Checkbox, Field, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';

import type { Account } from '../../api/accounts';

interface NumberPickerProps {
  accounts: Account[];
  /** The workstream being edited: its own numbers stay on offer. */
  workstreamId: string | null;
  selected: string[];
  onChange: (numberIds: string[]) => void;
  error?: string;
}

/**
 * The SMS numbers this workstream may route. A number routes through one workstream only, so
 * numbers already in another workstream are not offered; how many were left out is said.
 */
const NumberPicker = ({ accounts, workstreamId, selected, onChange, error }: NumberPickerProps) => {
  const { formatMessage } = useIntl();
  const all = accounts.flatMap((account) => account.numbers.map((number) => ({ account, number })));
  const offered = all.filter(
    ({ number }) => number.workstream === null || number.workstream.documentId === workstreamId,
  );
  const elsewhere = all.length - offered.length;

  const toggle = (documentId: string, checked: boolean) =>
    onChange(checked ? [...selected, documentId] : selected.filter((id) => id !== documentId));

  return (
    <Field.Root name="numberIds" error={error}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {offered.length === 0 ? (
          <Box background="neutral100" hasRadius padding={5}>
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('workstream.numbers.noneFree'),
                defaultMessage:
                  'No SMS number is free. Add a number to a TeleSign account in Setup, or take one out of its workstream.',
              })}{' '}
              <Link tag={NavLink} to={PATHS.setup}>
                {formatMessage({ id: getTranslation('nav.setup'), defaultMessage: 'Setup' })}
              </Link>
            </Typography>
          </Box>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {offered.map(({ account, number }) => (
              <Box tag="li" key={number.documentId} background="neutral100" hasRadius padding={4}>
                <Checkbox
                  checked={selected.includes(number.documentId)}
                  onCheckedChange={(checked: boolean | 'indeterminate') =>
                    toggle(number.documentId, checked === true)
                  }
                >
                  {formatMessage(
                    {
                      id: getTranslation('workstream.numbers.option'),
                      defaultMessage: '{number} · {account}{description}',
                    },
                    {
                      number: formatPhoneNumber(number.number),
                      account: account.name,
                      description: number.description ? ` · ${number.description}` : '',
                    },
                  )}
                </Checkbox>
              </Box>
            ))}
          </Flex>
        )}
        {elsewhere > 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              {
                id: getTranslation('workstream.numbers.elsewhere'),
                defaultMessage:
                  '{count, plural, one {# number is} other {# numbers are}} already in another workstream and not offered here.',
              },
              { count: elsewhere },
            )}
          </Typography>
        ) : null}
        <Field.Error />
      </Flex>
    </Field.Root>
  );
};

export { NumberPicker };
