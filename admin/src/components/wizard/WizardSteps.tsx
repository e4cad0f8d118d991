import { Box, Flex, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

interface WizardStep {
  id: string;
  label: MessageDescriptor;
}

interface WizardStepsProps {
  steps: readonly WizardStep[];
  current: number;
  /** Steps up to this index may be opened by clicking them. */
  reachable: number;
  onSelect: (index: number) => void;
}

/** The numbered step list above a wizard: done steps are ticked, reachable ones are buttons. */
const WizardSteps = ({ steps, current, reachable, onSelect }: WizardStepsProps) => {
  const { formatMessage } = useIntl();

  return (
    <Flex
      tag="ol"
      gap={2}
      wrap="wrap"
      aria-label={formatMessage({ id: getTranslation('wizard.steps'), defaultMessage: 'Steps' })}
    >
      {steps.map((step, index) => {
        const isCurrent = index === current;
        const isDone = index < current;
        const canOpen = !isCurrent && index <= reachable;
        const marker = (
          <Flex
            justifyContent="center"
            alignItems="center"
            width="2.4rem"
            height="2.4rem"
            borderRadius="50%"
            background={isCurrent ? 'primary600' : isDone ? 'success100' : 'neutral150'}
            color={isCurrent ? 'neutral0' : isDone ? 'success700' : 'neutral600'}
            shrink={0}
          >
            {isDone ? (
              <Check width="1.2rem" height="1.2rem" />
            ) : (
              <Typography variant="pi" fontWeight="bold" textColor="inherit">
                {index + 1}
              </Typography>
            )}
          </Flex>
        );
        const label = (
          <Typography
            variant="omega"
            fontWeight={isCurrent ? 'bold' : 'regular'}
            textColor={isCurrent ? 'neutral800' : 'neutral600'}
          >
            {formatMessage(step.label)}
          </Typography>
        );

        return (
          <Flex key={step.id} tag="li" gap={2} aria-current={isCurrent ? 'step' : undefined}>
            {index > 0 ? <Box width="2.4rem" height="1px" background="neutral200" /> : null}
            {canOpen ? (
              <Flex
                tag="button"
                type="button"
                gap={2}
                onClick={() => onSelect(index)}
                style={{ cursor: 'pointer', background: 'none', border: 'none', padding: 0 }}
              >
                {marker}
                {label}
              </Flex>
            ) : (
              <Flex gap={2} style={{ opacity: index > reachable ? 0.6 : 1 }}>
                {marker}
                {label}
              </Flex>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
};

export { WizardSteps, type WizardStep };
