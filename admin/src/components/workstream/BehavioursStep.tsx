import { Checkbox, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';
import {
  AUTO_CLOSE_MAX_HOURS,
  AUTO_CLOSE_MIN_HOURS,
  type WorkstreamDraft,
} from '../../validation/workstream';

interface BehavioursStepProps {
  draft: WorkstreamDraft;
  onChange: (patch: Partial<WorkstreamDraft>) => void;
  autoCloseError?: string;
}

const BehavioursStep = ({ draft, onChange, autoCloseError }: BehavioursStepProps) => {
  const { formatMessage } = useIntl();

  return (
    <Flex direction="column" alignItems="stretch" gap={6} maxWidth="64rem">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3">
          {formatMessage({ id: getTranslation('workstream.attachments'), defaultMessage: 'Attachments' })}
        </Typography>
        <Checkbox
          checked={draft.allowAgentAttachments}
          onCheckedChange={(checked: boolean | 'indeterminate') =>
            onChange({ allowAgentAttachments: checked === true })
          }
        >
          {formatMessage({
            id: getTranslation('workstream.allowAgentAttachments'),
            defaultMessage: 'Agents may send attachments',
          })}
        </Checkbox>
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3">
          {formatMessage({ id: getTranslation('workstream.autoClose.title'), defaultMessage: 'Inactivity' })}
        </Typography>
        <Checkbox
          checked={draft.autoClose}
          onCheckedChange={(checked: boolean | 'indeterminate') => onChange({ autoClose: checked === true })}
        >
          {formatMessage({
            id: getTranslation('workstream.autoClose'),
            defaultMessage: 'Close waiting conversations automatically',
          })}
        </Checkbox>
        {draft.autoClose ? (
          <Field.Root
            name="autoCloseAfterHours"
            error={autoCloseError}
            required
            maxWidth="24rem"
            hint={formatMessage(
              {
                id: getTranslation('workstream.autoCloseAfterHours.hint'),
                defaultMessage:
                  'A conversation waiting for the customer this long without a new message is closed. {min} to {max} hours.',
              },
              { min: AUTO_CLOSE_MIN_HOURS, max: AUTO_CLOSE_MAX_HOURS },
            )}
          >
            <Field.Label>
              {formatMessage({
                id: getTranslation('workstream.autoCloseAfterHours'),
                defaultMessage: 'Close after (hours)',
              })}
            </Field.Label>
            <NumberInput
              value={draft.autoCloseAfterHours}
              onValueChange={(hours: number | undefined) => onChange({ autoCloseAfterHours: hours })}
              step={1}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: getTranslation('workstream.autoClose.off'),
              defaultMessage: 'Waiting conversations stay waiting until an agent ends them.',
            })}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};

export { BehavioursStep };
