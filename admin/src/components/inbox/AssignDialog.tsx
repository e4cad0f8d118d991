import { useState } from 'react';

import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import {
  useSmsAgentsQuery,
  useSmsAssignConversationMutation,
  type ConversationItem,
} from '../../api/conversations';
import { useSubmit } from '../../hooks/useSubmit';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { agentName } from '../../inbox/agentName';
import { getTranslation } from '../../utils/getTranslation';
import { FormDialog } from '../FormDialog';
import { Loaded } from '../Loaded';
import { SelectField } from '../SelectField';

interface AssignDialogProps {
  conversation: ConversationItem;
  onClose: () => void;
  onAssigned: () => void;
}

/** Hands a conversation to another agent, picked from the admin users who may reply. */
const AssignDialog = ({ conversation, onClose, onAssigned }: AssignDialogProps) => {
  const { formatMessage } = useIntl();
  const agents = useSmsAgentsQuery();
  const [assignConversation] = useSmsAssignConversationMutation();
  const form = useSubmit<'userId'>({
    fields: ['userId'],
    failed: {
      id: getTranslation('assign.failed'),
      defaultMessage: 'The conversation could not be assigned. Check your connection and try again.',
    },
  });
  const [userId, setUserId] = useState<string>(conversation.assignee ? String(conversation.assignee.id) : '');
  const fieldMessage = useFieldMessage();
  // The dialog has one field: whatever went wrong is said there.
  const problem = fieldMessage(form.errors.userId) ?? form.problem ?? undefined;

  const assign = async () => {
    const assigned = await form.submit(
      () => assignConversation({ documentId: conversation.documentId, userId: Number(userId) }).unwrap(),
      () =>
        userId === ''
          ? {
              userId: {
                descriptor: {
                  id: getTranslation('assign.pick'),
                  defaultMessage: 'Pick the agent to assign it to.',
                },
              },
            }
          : {},
    );
    if (assigned.ok) {
      onAssigned();
    }
  };

  return (
    <FormDialog
      title={{ id: getTranslation('assign.title'), defaultMessage: 'Assign to an agent' }}
      submitLabel={{ id: getTranslation('assign.submit'), defaultMessage: 'Assign' }}
      onSubmit={() => void assign()}
      onClose={onClose}
      busy={form.busy}
      submitDisabled={agents.data === undefined}
    >
      <Loaded
        query={{ data: agents.data, error: agents.error }}
        loading={{ id: getTranslation('assign.loading'), defaultMessage: 'Loading agents' }}
        failed={{
          id: getTranslation('assign.loadFailed'),
          defaultMessage: 'The agents could not be loaded. Close this dialog and try again.',
        }}
      >
        {(agents) =>
          agents.length > 0 ? (
            <SelectField
              name="userId"
              label={formatMessage({ id: getTranslation('assign.agent'), defaultMessage: 'Agent' })}
              value={userId}
              options={agents.map((agent) => ({
                value: String(agent.id),
                label: agent.email ? `${agentName(agent)} (${agent.email})` : agentName(agent),
              }))}
              onChange={setUserId}
              error={problem}
            />
          ) : (
            <Typography textColor="neutral600">
              {formatMessage({
                id: getTranslation('assign.none'),
                defaultMessage:
                  'No admin user may reply to conversations yet. Give a role the SMS channel permission to reply under Settings → Roles.',
              })}
            </Typography>
          )
        }
      </Loaded>
    </FormDialog>
  );
};

export { AssignDialog };
