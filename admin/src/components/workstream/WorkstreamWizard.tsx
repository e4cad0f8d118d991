import { useState } from 'react';

import { Flex } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import {
  useSmsCreateWorkstreamMutation,
  useSmsUpdateWorkstreamMutation,
  type Workstream,
  type WorkstreamFormOptions,
} from '../../api/workstreams';
import { useFieldMessage } from '../../hooks/useFieldMessage';
import { useSubmit } from '../../hooks/useSubmit';
import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
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
import { firstFailingStep } from '../wizard/firstFailingStep';
import { WizardFrame } from '../wizard/WizardFrame';

import { BehavioursStep } from './BehavioursStep';
import { LanguageStep } from './LanguageStep';
import { NumberPicker } from './NumberPicker';
import { WorkstreamSummary } from './WorkstreamSummary';

import type { Account } from '../../api/accounts';
import type { FieldErrors } from '../../validation/fieldErrors';

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
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [createWorkstream] = useSmsCreateWorkstreamMutation();
  const [updateWorkstream] = useSmsUpdateWorkstreamMutation();
  const form = useSubmit<WorkstreamField>({
    fields: WORKSTREAM_FIELDS,
    failed: {
      id: getTranslation('workstream.saveFailed'),
      defaultMessage: 'The workstream could not be saved. Check your connection and try again.',
    },
  });
  const [draft, setDraft] = useState<WorkstreamDraft>(() =>
    workstream ? draftFromWorkstream(workstream) : emptyWorkstreamDraft(options.defaultLanguage),
  );
  const [current, setCurrent] = useState(0);
  const [furthest, setFurthest] = useState(workstream ? STEPS.length - 1 : 0);
  const stepId: StepId = STEPS[current].id;
  const languageCodes = options.languages.map((language) => language.code);
  const errors = form.errors;

  const validateStep = (id: StepId, next: WorkstreamDraft): FieldErrors<WorkstreamField> => {
    switch (id) {
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
    form.reset();
    setCurrent(index);
    setFurthest((value) => Math.max(value, index));
  };

  /** Shows a step with its problems, found by the admin's checks or the server. */
  const showFailing = (id: StepId, found: FieldErrors<WorkstreamField>) => {
    setCurrent(indexOf(id));
    form.showErrors(found);
  };

  /**
   * Next, and a click on a later step in the step list: every step on the way is checked as Next
   * checks it, and the first one with a problem is shown with it.
   */
  const advanceTo = (target: number) => {
    const failing = firstFailingStep(STEPS, current, target, (id) => validateStep(id, draft));
    if (failing) {
      showFailing(failing.id, failing.errors);
    } else {
      goTo(target);
    }
  };

  const select = (index: number) => (index < current ? goTo(index) : advanceTo(index));

  const change = (patch: Partial<WorkstreamDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    form.recheck(() => validateStep(stepId, next));
  };

  const finish = async () => {
    const body = workstreamBody(draft);
    const saved = await form.submit(() =>
      workstream
        ? updateWorkstream({ documentId: workstream.documentId, body }).unwrap()
        : createWorkstream(body).unwrap(),
    );
    if (saved.ok) {
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('workstream.saved'), defaultMessage: '{name} saved with its SMS channel' },
          { name: saved.value.name },
        ),
      });
      navigate(PATHS.workstreams);
      return;
    }
    // Server errors send the admin back to the first step that asks for a field concerned.
    const first = STEPS.find((step) =>
      WORKSTREAM_FIELDS.some((field) => saved.errors[field] && STEP_OF_FIELD[field] === step.id),
    );
    if (first) {
      showFailing(first.id, saved.errors);
    }
  };

  const next = () => (stepId === 'summary' ? void finish() : advanceTo(current + 1));

  return (
    <WizardFrame
      steps={STEPS}
      current={current}
      reachable={furthest}
      onSelect={select}
      description={DESCRIPTIONS[stepId]}
      problem={form.problem}
      onDismissProblem={form.dismissProblem}
      onBack={current > 0 ? () => goTo(current - 1) : undefined}
      nextLabel={
        stepId === 'summary'
          ? { id: getTranslation('wizard.finish'), defaultMessage: 'Finish' }
          : { id: getTranslation('wizard.next'), defaultMessage: 'Next' }
      }
      onNext={next}
      busy={form.busy}
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
          autoCloseError={fieldMessage(errors.autoCloseAfterHours ?? errors.allowAgentAttachments)}
        />
      ) : null}
      {stepId === 'summary' ? (
        <WorkstreamSummary draft={draft} accounts={accounts} languages={options.languages} />
      ) : null}
    </WizardFrame>
  );
};

export { WorkstreamWizard };
