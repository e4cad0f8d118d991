import { useIntl } from 'react-intl';

import { useSmsDeleteNumberMutation, type SmsNumber } from '../../api/numbers';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { DeleteButton } from '../DeleteButton';

interface RemoveNumberButtonProps {
  accountId: string;
  number: SmsNumber;
}

/** Removes a business number after saying that nothing more is sent from it, and what it leaves. */
const RemoveNumberButton = ({ accountId, number }: RemoveNumberButtonProps) => {
  const { formatMessage } = useIntl();
  const [deleteNumber] = useSmsDeleteNumberMutation();
  const shown = formatPhoneNumber(number.number);

  return (
    <DeleteButton
      look="icon"
      label={formatMessage(
        { id: getTranslation('numbers.remove'), defaultMessage: 'Remove {number}' },
        { number: shown },
      )}
      title={formatMessage(
        { id: getTranslation('numbers.remove.title'), defaultMessage: 'Remove {number}?' },
        { number: shown },
      )}
      remove={() => deleteNumber({ accountId, documentId: number.documentId }).unwrap()}
      deleted={formatMessage(
        { id: getTranslation('numbers.removed'), defaultMessage: '{number} removed' },
        { number: shown },
      )}
      failed={{
        id: getTranslation('numbers.removeFailed'),
        defaultMessage: 'The number could not be removed. Check your connection and try again.',
      }}
    >
      {number.workstream
        ? formatMessage(
            {
              id: getTranslation('numbers.remove.bodyInWorkstream'),
              defaultMessage:
                'Nothing more can be sent from {number}, and it leaves the workstream {workstream}, so its customer messages no longer reach agents. Its conversations are kept.',
            },
            { number: shown, workstream: number.workstream.name },
          )
        : formatMessage(
            {
              id: getTranslation('numbers.remove.body'),
              defaultMessage: 'Nothing more can be sent from {number}. Its conversations are kept.',
            },
            { number: shown },
          )}
    </DeleteButton>
  );
};

export { RemoveNumberButton };
