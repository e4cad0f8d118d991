import { Flex, Grid } from '@strapi/design-system';
import { useAuth } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';

import { useSmsConversationQuery } from '../api/conversations';
import { BackLink } from '../components/BackLink';
import { SectionPage } from '../components/SectionPage';
import { Composer } from '../components/inbox/Composer';
import { ConsentNotice, ReviewNotice, useOptOutText } from '../components/inbox/ConsentNotice';
import { ConversationActions } from '../components/inbox/ConversationActions';
import { ConversationDetails } from '../components/inbox/ConversationDetails';
import { MessageThread } from '../components/inbox/MessageThread';
import { useInboxPermissions } from '../hooks/useInboxPermissions';
import { useInboxUpdates } from '../hooks/useInboxUpdates';
import { availableActions } from '../inbox/conversationActions';
import { formatPhoneNumber } from '../utils/phoneNumber';
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
  // Read again whenever the inbox's updates say it changed.
  useInboxUpdates('live');
  const { currentData: conversation, error } = useSmsConversationQuery(conversationId);
  const allowed = conversation ? availableActions(conversation, userId, permissions) : null;
  const optedOut = conversation ? optOutText(conversation) : null;

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
      load={{
        query: { data: conversation, error },
        loading: { id: getTranslation('conversation.loading'), defaultMessage: 'Loading the conversation' },
        failed: {
          id: getTranslation('conversation.loadFailed'),
          defaultMessage: 'The conversation could not be loaded. Go back to the inbox and open it again.',
        },
      }}
      primaryAction={
        conversation && allowed ? (
          <ConversationActions conversation={conversation} allowed={allowed} />
        ) : undefined
      }
    >
      {conversation && allowed ? (
        <Grid.Root gap={4}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={4}>
              {optedOut ? <ConsentNotice text={optedOut} /> : null}
              {conversation.needsReview && !optedOut ? (
                <ReviewNotice reason={conversation.reviewReason} />
              ) : null}
              <MessageThread
                conversationId={conversation.documentId}
                messages={conversation.messages}
                canRetry={allowed.reply}
              />
              {allowed.reply ? (
                <Composer
                  conversationId={conversation.documentId}
                  allowAttachments={conversation.workstream?.allowAgentAttachments ?? false}
                  disabledReason={
                    optedOut
                      ? formatMessage({
                          id: getTranslation('composer.optedOut'),
                          defaultMessage: 'Sending is off: the customer opted out (see above).',
                        })
                      : null
                  }
                />
              ) : null}
            </Flex>
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <ConversationDetails conversation={conversation} />
          </Grid.Item>
        </Grid.Root>
      ) : null}
    </SectionPage>
  );
};

export { ConversationPage };
