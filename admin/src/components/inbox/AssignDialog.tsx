import { useState } from 'react';

import { Button, Field, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { assignConversation, listAgents, type ConversationItem } from '../../api/conversations';
import { serverProblem } from '../../api/serverProblem';
import { useLoad } from '../../hooks/useLoad';
import { agentName } from '../../inbox/agentName';
import { getTranslation } from '../../utils/getTranslation';
import { Loaded } from '../Loaded';

interface AssignDialogProps {
  conversation: ConversationItem;
  onClose: () => void;
  onAssigned: () => void;
}

/** Hands a conversation to another agent, picked from the admin users who may reply. */
const AssignDialog = ({ conversation, onClose, onAssigned }: AssignDialogProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { state } = useLoad(listAgents);
  const [userId, setUserId] = useState<string>(conversation.assignee ? String(conversation.assignee.id) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const assign = async () => {
    if (userId === '') {
      setProblem(
        formatMessage({
          id: getTranslation('assign.pick'),
          defaultMessage: 'Pick the agent to assign it to.',
        }),
      );
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await assignConversation(client, conversation.documentId, Number(userId));
      onAssigned();
    } catch (error) {
      setProblem(
        serverProblem(error)?.message ??
          formatMessage({
            id: getTranslation('assign.failed'),
            defaultMessage: 'The conversation could not be assigned. Check your connection and try again.',
          }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header
          closeLabel={formatMessage({ id: getTranslation('dialog.close'), defaultMessage: 'Close' })}
        >
          <Modal.Title>
            {formatMessage({ id: getTranslation('assign.title'), defaultMessage: 'Assign to an agent' })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Loaded
            state={state}
            loading={{ id: getTranslation('assign.loading'), defaultMessage: 'Loading agents' }}
            failed={{
              id: getTranslation('assign.loadFailed'),
              defaultMessage: 'The agents could not be loaded. Close this dialog and try again.',
            }}
          >
            {(agents) =>
              agents.length > 0 ? (
                <Field.Root name="userId" error={problem ?? undefined}>
                  <Field.Label>
                    {formatMessage({ id: getTranslation('assign.agent'), defaultMessage: 'Agent' })}
                  </Field.Label>
                  <SingleSelect
                    value={userId}
                    onChange={(value: string | number) => setUserId(String(value))}
                  >
                    {agents.map((agent) => (
                      <SingleSelectOption key={agent.id} value={String(agent.id)}>
                        {agent.email ? `${agentName(agent)} (${agent.email})` : agentName(agent)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
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
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">
              {formatMessage({ id: getTranslation('dialog.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Modal.Close>
          <Button onClick={assign} loading={saving}>
            {formatMessage({ id: getTranslation('assign.submit'), defaultMessage: 'Assign' })}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

export { AssignDialog };
