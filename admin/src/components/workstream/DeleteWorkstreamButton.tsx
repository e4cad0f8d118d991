import { useIntl } from 'react-intl';

import { useSmsDeleteWorkstreamMutation, type Workstream } from '../../api/workstreams';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { DeleteButton } from '../DeleteButton';

/** Deletes a workstream after saying what happens to its numbers. */
const DeleteWorkstreamButton = ({ workstream }: { workstream: Workstream }) => {
  const { formatMessage } = useIntl();
  const [deleteWorkstream] = useSmsDeleteWorkstreamMutation();

  return (
    <DeleteButton
      look="icon"
      label={formatMessage(
        { id: getTranslation('workstream.delete'), defaultMessage: 'Delete {name}' },
        { name: workstream.name },
      )}
      title={formatMessage(
        { id: getTranslation('workstream.delete.title'), defaultMessage: 'Delete {name}?' },
        { name: workstream.name },
      )}
      remove={() => deleteWorkstream(workstream.documentId).unwrap()}
      deleted={formatMessage(
        { id: getTranslation('workstream.deleted'), defaultMessage: '{name} deleted' },
        { name: workstream.name },
      )}
      failed={{
        id: getTranslation('workstream.deleteFailed'),
        defaultMessage: 'The workstream could not be deleted. Check your connection and try again.',
      }}
    >
      {formatMessage(
        {
          id: getTranslation('workstream.delete.body'),
          defaultMessage:
            '{count, plural, =0 {It routes no SMS number.} one {Its SMS number ({numbers}) is kept but no longer routed to agents until you add it to another workstream.} other {Its SMS numbers ({numbers}) are kept but no longer routed to agents until you add them to another workstream.}} Conversations are kept.',
        },
        {
          count: workstream.numbers.length,
          numbers: workstream.numbers.map((number) => formatPhoneNumber(number.number)).join(', '),
        },
      )}
    </DeleteButton>
  );
};

export { DeleteWorkstreamButton };
