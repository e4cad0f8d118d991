import { Flex, Grid } from '@strapi/design-system';
import { useAuth } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';

import { BackLink } from '../components/BackLink';
import { Loaded } from '../components/Loaded';
import { SectionPage } from '../components/SectionPage';
import { Composer } from '../components/inbox/Composer';
import { ConsentNotice, ReviewNotice, useOptOutText } from '../components/inbox/ConsentNotice';
import { ConversationActions } from '../components/inbox/ConversationActions';
import { ConversationDetails } from '../components/inbox/ConversationDetails';
import { MessageThread } from '../components/inbox/MessageThread';
import { useConversation } from '../hooks/useConversation';
import { useInboxPermissions } from '../hooks/useInboxPermissions';
import { availableActions } from '../inbox/conversationActions';
import { formatPhoneNumber } from '../inbox/phoneNumber';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

/** One conversation: its thread, what the agent may do with it, and the composer. */
const ConversationPage = () => {
  const { formatMessage } = useIntl();
  const { conversationId = '' } = useParams<{ conversationId: string }>();
  const userId = useAuth('ConversationPage', (auth) => (auth.user ? Number(auth.user.id) : null));
  const permissions = useInboxPermissions();
  const optOutText = useOptOutText();
  const { state, reload } = useConversation(conversationId);
  const conversation = state.status === 'ready' ? state.data : null;
  const allowed = conversation ? availableActions(conversation, userId, permissions) : null;

  return (
    <SectionPage
      permissions={PERMISSIONS.inboxRead}
      title={
        conversation
          ? formatPhoneNumber(conversation.customerNumber)
          : { id: getTranslation('conversation.title'), defaultMessage: 'Conversation' }
      }
      subtitle={
        conversation
          ? formatMessage(
              {
                id: getTranslation('conversation.subtitle'),
                defaultMessage: 'Texting {business} · {workstream}',
              },
              {
                business: formatPhoneNumber(conversation.businessNumber),
                workstream:
                  conversation.workstream?.name ??
                  formatMessage({
                    id: getTranslation('inbox.noWorkstream'),
                    defaultMessage: 'No workstream',
                  }),
              },
            )
          : { id: getTranslation('inbox.subtitle'), defaultMessage: 'SMS conversations with your customers.' }
      }
      navigationAction={
        <BackLink
          to={PATHS.inbox}
          label={{ id: getTranslation('conversation.back'), defaultMessage: 'Inbox' }}
        />
      }
      primaryAction={
        conversation && allowed ? (
          <ConversationActions conversation={conversation} allowed={allowed} onChanged={reload} />
        ) : undefined
      }
    >
      <Loaded
        state={state}
        loading={{ id: getTranslation('conversation.loading'), defaultMessage: 'Loading the conversation' }}
        failed={{
          id: getTranslation('conversation.loadFailed'),
          defaultMessage: 'The conversation could not be loaded. Go back to the inbox and open it again.',
        }}
      >
        {(detail) => {
          const optedOut = optOutText(detail);
          const may = availableActions(detail, userId, permissions);

          return (
            <Grid.Root gap={4}>
              <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  {optedOut ? <ConsentNotice text={optedOut} /> : null}
                  {detail.needsReview && !optedOut ? <ReviewNotice reason={detail.reviewReason} /> : null}
                  <MessageThread messages={detail.messages} canRetry={may.reply} onChanged={reload} />
                  {may.reply ? (
                    <Composer
                      conversationId={detail.documentId}
                      allowAttachments={detail.workstream?.allowAgentAttachments ?? false}
                      disabledReason={
                        optedOut
                          ? formatMessage({
                              id: getTranslation('composer.optedOut'),
                              defaultMessage: 'Sending is off: the customer opted out (see above).',
                            })
                          : null
                      }
                      onSent={reload}
                    />
                  ) : null}
                </Flex>
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <ConversationDetails conversation={detail} />
              </Grid.Item>
            </Grid.Root>
          );
        }}
      </Loaded>
    </SectionPage>
  );
};

export { ConversationPage };
