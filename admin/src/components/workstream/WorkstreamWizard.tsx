import { useState } from 'react';

import { Flex } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import { serverProblem } from '../../api/serverProblem';
import {
  createWorkstream,
  updateWorkstream,
  type Workstream,
  type WorkstreamFormOptions,
} from '../../api/workstreams';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../validation/fieldErrors';
import {
  WORKSTREAM_FIELDS,
  draftFromWorkstream,
  emptyWorkstreamDraft,
  validateWorkstreamBehaviours,
  validateWorkstreamLanguage,
  validateWorkstreamName,
  validateWorkstreamNumbers,
  workstreamBody,
  type WorkstreamDraft,
  type WorkstreamField,
} from '../../validation/workstream';
import { TextField } from '../TextField';
import { WizardFrame } from '../wizard/WizardFrame';

import { BehavioursStep } from './BehavioursStep';
import { LanguageStep } from './LanguageStep';
import { NumberPicker } from './NumberPicker';
import { WorkstreamSummary } from './WorkstreamSummary';

import type { Account } from '../../api/accounts';

const STEPS = [
  {
    id: 'workstream',
    label: { id: getTranslation('workstream.step.workstream'), defaultMessage: 'Workstream' },
  },
  { id: 'number', label: { id: getTranslation('workstream.step.number'), defaultMessage: 'SMS number' } },
  { id: 'language', label: { id: getTranslation('workstream.step.language'), defaultMessage: 'Language' } },
  {
    id: 'behaviours',
    label: { id: getTranslation('workstream.step.behaviours'), defaultMessage: 'Behaviours' },
  },
  { id: 'summary', label: { id: getTranslation('workstream.step.summary'), defaultMessage: 'Summary' } },
] as const;

type StepId = (typeof STEPS)[number]['id'];

/** The step that asks for each field, so a server error can send the admin back to it. */
const STEP_OF_FIELD: Record<WorkstreamField, StepId> = {
  name: 'workstream',
  numberIds: 'number',
  language: 'language',
  allowCustomerAttachments: 'behaviours',
  allowAgentAttachments: 'behaviours',
  autoCloseAfterHours: 'behaviours',
};

const DESCRIPTIONS = {
  workstream: {
    id: getTranslation('workstream.step.workstream.body'),
    defaultMessage:
      'Name the workstream. Its SMS channel routes the conversations of its numbers to your agents.',
  },
  number: {
    id: getTranslation('workstream.step.number.body'),
    defaultMessage: 'Pick the SMS number customers text. A number belongs to one workstream only.',
  },
  language: {
    id: getTranslation('workstream.step.language.body'),
    defaultMessage: 'Choose the default language of this channel.',
  },
  behaviours: {
    id: getTranslation('workstream.step.behaviours.body'),
    defaultMessage: 'Decide who may send files, and when waiting conversations close on their own.',
  },
  summary: {
    id: getTranslation('workstream.step.summary.body'),
    defaultMessage: 'Check the settings, then select Finish to save the workstream and its SMS channel.',
  },
} satisfies Record<StepId, { id: string; defaultMessage: string }>;

const indexOf = (id: StepId) => STEPS.findIndex((step) => step.id === id);

interface WorkstreamWizardProps {
  accounts: Account[];
  options: WorkstreamFormOptions;
  /** The workstream being edited; null for a new one. */
  workstream: Workstream | null;
}

/**
 * A workstream and its SMS channel: name → number → default language → behaviours → summary →
 * finish. Nothing is saved before Finish; server errors send the admin back to the step with the
 * field.
 */
const WorkstreamWizard = ({ accounts, options, workstream }: WorkstreamWizardProps) => {
  const { formatMessage } = useIntl();
  const fieldMessage = useFieldMessage();
  const client = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = useState<WorkstreamDraft>(() =>
    workstream ? draftFromWorkstream(workstream) : emptyWorkstreamDraft(options.defaultLanguage),
  );
  const [current, setCurrent] = useState(0);
  const [furthest, setFurthest] = useState(workstream ? STEPS.length - 1 : 0);
  const [errors, setErrors] = useState<FieldErrors<WorkstreamField>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stepId: StepId = STEPS[current].id;
  const languageCodes = options.languages.map((language) => language.code);

  const validateStep = (next: WorkstreamDraft): FieldErrors<WorkstreamField> => {
    switch (stepId) {
      case 'workstream':
        return validateWorkstreamName(next);
      case 'number':
        return validateWorkstreamNumbers(next);
      case 'language':
        return validateWorkstreamLanguage(next, languageCodes);
      case 'behaviours':
        return validateWorkstreamBehaviours(next);
      case 'summary':
        return {};
    }
  };

  const goTo = (index: number) => {
    setErrors({});
    setProblem(null);
    setCurrent(index);
    setFurthest((value) => Math.max(value, index));
  };

  const change = (patch: Partial<WorkstreamDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (hasErrors(errors)) {
      setErrors(validateStep(next));
    }
  };

  const finish = async () => {
    setBusy(true);
    try {
      const body = workstreamBody(draft);
      const saved = workstream
        ? await updateWorkstream(client, workstream.documentId, body)
        : await createWorkstream(client, body);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('workstream.saved'), defaultMessage: '{name} saved with its SMS channel' },
          { name: saved.name },
        ),
      });
      navigate(PATHS.workstreams);
    } catch (error) {
      const answer = serverProblem(error);
      const fields = serverFieldErrors(answer?.fields ?? {}, WORKSTREAM_FIELDS);
      const first = STEPS.find((step) =>
        WORKSTREAM_FIELDS.some((field) => fields[field] && STEP_OF_FIELD[field] === step.id),
      );
      if (first) {
        setCurrent(indexOf(first.id));
        setErrors(fields);
        setProblem(null);
      } else {
        setProblem(
          answer?.message ??
            formatMessage({
              id: getTranslation('workstream.saveFailed'),
              defaultMessage: 'The workstream could not be saved. Check your connection and try again.',
            }),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  const next = () => {
    const found = validateStep(draft);
    setErrors(found);
    setProblem(null);
    if (hasErrors(found)) {
      return;
    }
    if (stepId === 'summary') {
      void finish();
    } else {
      goTo(current + 1);
    }
  };

  return (
    <WizardFrame
      steps={STEPS}
      current={current}
      reachable={furthest}
      onSelect={goTo}
      description={DESCRIPTIONS[stepId]}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
      onBack={current > 0 ? () => goTo(current - 1) : undefined}
      nextLabel={
        stepId === 'summary'
          ? { id: getTranslation('wizard.finish'), defaultMessage: 'Finish' }
          : { id: getTranslation('wizard.next'), defaultMessage: 'Next' }
      }
      onNext={next}
      busy={busy}
    >
      {stepId === 'workstream' ? (
        <Flex direction="column" alignItems="stretch" maxWidth="64rem">
          <TextField
            name="name"
            required
            label={formatMessage({ id: getTranslation('workstream.name'), defaultMessage: 'Name' })}
            value={draft.name}
            onChange={(name) => change({ name })}
            error={fieldMessage(errors.name)}
            hint={formatMessage({
              id: getTranslation('workstream.name.hint'),
              defaultMessage:
                'How agents and admins recognise this workstream, for example "Customer support".',
            })}
          />
        </Flex>
      ) : null}
      {stepId === 'number' ? (
        <NumberPicker
          accounts={accounts}
          workstreamId={workstream?.documentId ?? null}
          selected={draft.numberIds}
          onChange={(numberIds) => change({ numberIds })}
          error={fieldMessage(errors.numberIds)}
        />
      ) : null}
      {stepId === 'language' ? (
        <LanguageStep
          languages={options.languages}
          value={draft.language}
          onChange={(language) => change({ language })}
          error={fieldMessage(errors.language)}
        />
      ) : null}
      {stepId === 'behaviours' ? (
        <BehavioursStep
          draft={draft}
          onChange={change}
          autoCloseError={fieldMessage(
            errors.autoCloseAfterHours ?? errors.allowCustomerAttachments ?? errors.allowAgentAttachments,
          )}
        />
      ) : null}
      {stepId === 'summary' ? (
        <WorkstreamSummary draft={draft} accounts={accounts} languages={options.languages} />
      ) : null}
    </WizardFrame>
  );
};

export { WorkstreamWizard };
