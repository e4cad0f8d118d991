import type { ReactNode } from 'react';

import { Alert, Box, Button, Divider, Flex, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import { WizardSteps, type WizardStep } from './WizardSteps';

interface WizardFrameProps {
  steps: readonly WizardStep[];
  current: number;
  reachable: number;
  onSelect: (index: number) => void;
  description?: MessageDescriptor;
  /** A problem with the step as a whole (field problems are shown at their fields). */
  problem?: string | null;
  onDismissProblem?: () => void;
  /** Absent on the first step. */
  onBack?: () => void;
  nextLabel: MessageDescriptor;
  onNext: () => void;
  busy?: boolean;
  children: ReactNode;
}

/** A wizard's card: step list, the current step's fields, and Back / Next. */
const WizardFrame = ({
  steps,
  current,
  reachable,
  onSelect,
  description,
  problem,
  onDismissProblem,
  onBack,
  nextLabel,
  onNext,
  busy = false,
  children,
}: WizardFrameProps) => {
  const { formatMessage } = useIntl();
  const step = steps[current];

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <WizardSteps steps={steps} current={current} reachable={reachable} onSelect={onSelect} />
        <Divider />
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="beta" tag="h2">
            {formatMessage(step.label)}
          </Typography>
          {description ? (
            <Typography variant="omega" textColor="neutral600">
              {formatMessage(description)}
            </Typography>
          ) : null}
        </Flex>
        {problem ? (
          <Alert
            variant="danger"
            closeLabel={formatMessage({ id: getTranslation('wizard.dismiss'), defaultMessage: 'Dismiss' })}
            onClose={onDismissProblem}
            title={formatMessage({
              id: getTranslation('wizard.problem'),
              defaultMessage: 'This step could not be saved',
            })}
          >
            {problem}
          </Alert>
        ) : null}
        {children}
        <Divider />
        <Flex justifyContent="space-between">
          {onBack ? (
            <Button variant="tertiary" startIcon={<ArrowLeft />} onClick={onBack} disabled={busy}>
              {formatMessage({ id: getTranslation('wizard.back'), defaultMessage: 'Back' })}
            </Button>
          ) : (
            <span />
          )}
          <Button endIcon={<ArrowRight />} onClick={onNext} loading={busy}>
            {formatMessage(nextLabel)}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

export { WizardFrame };
