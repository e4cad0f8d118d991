import { useIntl } from 'react-intl';

import { useSmsDeleteAccountMutation, type Account } from '../../api/accounts';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { DeleteButton } from '../DeleteButton';

interface DeleteAccountButtonProps {
  account: Account;
  look: 'icon' | 'button';
  onDeleted?: () => void;
}

/** Deletes an account after saying exactly what stops working and what is kept. */
const DeleteAccountButton = ({ account, look, onDeleted }: DeleteAccountButtonProps) => {
  const { formatMessage } = useIntl();
  const [deleteAccount] = useSmsDeleteAccountMutation();

  return (
    <DeleteButton
      look={look}
      label={formatMessage(
        { id: getTranslation('account.delete'), defaultMessage: 'Delete {name}' },
        { name: account.name },
      )}
      title={formatMessage(
        { id: getTranslation('account.delete.title'), defaultMessage: 'Delete {name}?' },
        { name: account.name },
      )}
      remove={() => deleteAccount(account.documentId).unwrap()}
      deleted={formatMessage(
        { id: getTranslation('account.deleted'), defaultMessage: '{name} deleted' },
        { name: account.name },
      )}
      failed={{
        id: getTranslation('account.deleteFailed'),
        defaultMessage: 'The account could not be deleted. Check your connection and try again.',
      }}
      onDeleted={onDeleted}
    >
      {formatMessage(
        {
          id: getTranslation('account.delete.body'),
          defaultMessage:
            'Its callback URL stops working, so TeleSign can no longer deliver customer messages or delivery reports. {count, plural, =0 {It has no SMS numbers.} one {Its SMS number ({numbers}) is removed from its workstream and nothing more can be sent from it.} other {Its # SMS numbers ({numbers}) are removed from their workstreams and nothing more can be sent from them.}} Conversations and their messages are kept.',
        },
        {
          count: account.numbers.length,
          numbers: account.numbers.map((number) => formatPhoneNumber(number.number)).join(', '),
        },
      )}
    </DeleteButton>
  );
};

export { DeleteAccountButton };
