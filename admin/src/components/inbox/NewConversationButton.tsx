import { useState } from 'react';

import { Button } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';

import { NewConversationDialog } from './NewConversationDialog';

/** "New conversation": an agent texts a customer first, then lands in that conversation. */
const NewConversationButton = () => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);

  return (
    <>
      <Button startIcon={<Plus />} onClick={() => setOpen(true)}>
        {formatMessage({ id: getTranslation('newConversation.open'), defaultMessage: 'New conversation' })}
      </Button>
      {open ? (
        <NewConversationDialog
          onClose={() => setOpen(false)}
          onStarted={(documentId) => navigate(PATHS.conversation(documentId))}
        />
      ) : null}
    </>
  );
};

export { NewConversationButton };
