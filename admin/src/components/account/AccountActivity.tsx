import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useSmsAccountActivityQuery, type AccountActivity as Activity } from '../../api/health';
import { useRefetchWhenShown, useTabVisible } from '../../hooks/useTabVisible';
import { getTranslation } from '../../utils/getTranslation';
import { Loaded } from '../Loaded';
import { StatusBadge } from '../StatusBadge';
import { SummaryList, SummaryRow } from '../SummaryList';

/** How often the panel asks again (while the tab is shown): a pause begins and ends without anyone reloading the page. */
const REFRESH_MS = 10_000;

const Sending = ({ activity }: { activity: Activity }) => {
  const { formatMessage, formatTime } = useIntl();

  if (!activity.senderEnabled) {
    return (
      <StatusBadge
        variant="neutral"
        label={{
          id: getTranslation('account.activity.sending.off'),
          defaultMessage: 'Off in this Strapi process (sender.enabled is false)',
        }}
      />
    );
  }
  if (!activity.sendingPausedUntil) {
    return (
      <StatusBadge
        variant="success"
        label={{ id: getTranslation('account.activity.sending.normal'), defaultMessage: 'Sending normally' }}
      />
    );
  }
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="48rem">
      <StatusBadge
        variant="warning"
        label={{
          id: getTranslation('account.activity.sending.paused'),
          defaultMessage: 'Paused: TeleSign is failing',
        }}
      />
      <Typography variant="pi" textColor="neutral700" style={{ whiteSpace: 'normal' }}>
        {formatMessage(
          {
            id: getTranslation('account.activity.sending.pausedDetail'),
            defaultMessage:
              'Most recent sends found TeleSign unreachable, silent or failing. Queued messages wait without using up their attempts; one is tried at {time}, and all go out once it gets through.',
          },
          { time: formatTime(activity.sendingPausedUntil, { timeStyle: 'medium' }) },
        )}
      </Typography>
    </Flex>
  );
};

/**
 * How the account is doing right now, from `GET /sms-channel/health`: whether this Strapi process
 * sends its messages (or holds them during a TeleSign outage), what is on its way, and the latest
 * problem. Refreshed every 10 s; the last callback is shown with the callback URL.
 */
const AccountActivity = ({ documentId }: { documentId: string }) => {
  const { formatMessage, formatDate } = useIntl();
  const visible = useTabVisible();
  const query = useSmsAccountActivityQuery(documentId, { pollingInterval: visible ? REFRESH_MS : 0 });
  useRefetchWhenShown(visible, query);

  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Loaded
      query={{ data: query.currentData, error: query.error }}
      loading={{ id: getTranslation('account.activity.loading'), defaultMessage: 'Loading the activity' }}
      failed={{
        id: getTranslation('account.activity.loadFailed'),
        defaultMessage: 'The activity could not be loaded. Reload the page to try again.',
      }}
    >
      {(activity) =>
        activity ? (
          <SummaryList>
            <SummaryRow label={{ id: getTranslation('account.activity.sending'), defaultMessage: 'Sending' }}>
              <Sending activity={activity} />
            </SummaryRow>
            <SummaryRow
              label={{ id: getTranslation('account.activity.queue'), defaultMessage: 'On their way' }}
            >
              <Typography>
                {formatMessage(
                  {
                    id: getTranslation('account.activity.queue.counts'),
                    defaultMessage: '{queued} queued · {sending} sending · {unknown} outcome unknown',
                  },
                  activity.queue,
                )}
              </Typography>
            </SummaryRow>
            <SummaryRow
              label={{ id: getTranslation('account.activity.lastError'), defaultMessage: 'Latest problem' }}
            >
              {activity.lastError ? (
                <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="48rem">
                  <Typography style={{ whiteSpace: 'normal' }}>{activity.lastError.message}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      {
                        id: getTranslation('account.activity.lastError.when'),
                        defaultMessage:
                          '{source, select, send {Sending a message} other {A callback}} · {time}',
                      },
                      { source: activity.lastError.source, time: when(activity.lastError.at) },
                    )}
                  </Typography>
                </Flex>
              ) : (
                <Typography textColor="neutral500">
                  {formatMessage({
                    id: getTranslation('account.activity.lastError.none'),
                    defaultMessage: 'None',
                  })}
                </Typography>
              )}
            </SummaryRow>
          </SummaryList>
        ) : null
      }
    </Loaded>
  );
};

export { AccountActivity };
