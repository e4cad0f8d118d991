import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { formatPhoneNumber } from '../utils/phoneNumber';

interface NumberListProps {
  numbers: Array<{ documentId: string; number: string }>;
}

/** The SMS numbers of an account or a workstream, one per line, or "None yet". */
const NumberList = ({ numbers }: NumberListProps) => {
  const { formatMessage } = useIntl();

  if (numbers.length === 0) {
    return (
      <Typography textColor="neutral500">
        {formatMessage({ id: getTranslation('accounts.numbers.none'), defaultMessage: 'None yet' })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {numbers.map((number) => (
        <Typography key={number.documentId} textColor="neutral800">
          {formatPhoneNumber(number.number)}
        </Typography>
      ))}
    </Flex>
  );
};

export { NumberList };
