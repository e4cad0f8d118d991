import { useState } from 'react';

import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useLocation, useNavigate, useSearchParams } from 'react-router-dom';

import { useSmsCreateAccountMutation, useSmsUpdateAccountMutation, type Account } from '../../api/accounts';
import { useSubmit } from '../../hooks/useSubmit';
import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
import {
  CHANNEL_FIELDS,
  CREDENTIALS_FIELDS,
  createBody,
  draftFromAccount,
  emptyAccountDraft,
  updateBody,
  validateAccountDetails,
  validateChannelDetails,
  type AccountDraft,
  type ChannelField,
  type CredentialsField,
} from '../../validation/account';
import type { FieldErrors } from '../../validation/fieldErrors';
import { firstFailingStep } from '../wizard/firstFailingStep';
import { WizardFrame } from '../wizard/WizardFrame';

import { ACCOUNT_STEPS, type AccountStepId } from './accountSteps';
import { AccountSummary } from './AccountSummary';
import { CallbackPanel } from './CallbackPanel';
import { ChannelStep } from './ChannelStep';
import { CredentialsStep } from './CredentialsStep';
import { NumbersEditor } from './NumbersEditor';
import { VerifyPanel } from './VerifyPanel';

const STEPS = ACCOUNT_STEPS;

type StepId = AccountStepId;

const CREDENTIALS_STEP = STEPS.findIndex((step) => step.id === 'account');

/** Reads the step from `?step=`; steps after the account details need a saved account. */
const stepIndexOf = (value: string | null, saved: boolean): number => {
  const index = STEPS.findIndex((step) => step.id === value);
  if (index < 0) {
    return 0;
  }
  return saved ? index : Math.min(index, CREDENTIALS_STEP);
};

const sameDraft = (left: AccountDraft, right: AccountDraft) =>
  (Object.keys(left) as (keyof AccountDraft)[]).every((key) => left[key] === right[key]);

type WizardField = ChannelField | CredentialsField | 'numbers';

const SAVED_FIELDS = [...CHANNEL_FIELDS, ...CREDENTIALS_FIELDS];

/**
 * The account wizard, for a new account (`account` null) and an existing one (kept current from the
 * cache as it changes). The account is saved when the account details are confirmed; numbers,
 * verification and the callback URL are managed on the saved account. The step lives in the URL,
 * so a reload stays where it was.
 */
const AccountWizard = ({ account }: { account: Account | null }) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const [createAccount] = useSmsCreateAccountMutation();
  const [updateAccount] = useSmsUpdateAccountMutation();
  const form = useSubmit<WizardField>({
    fields: SAVED_FIELDS,
    failed: {
      id: getTranslation('account.saveFailed'),
      defaultMessage: 'The account could not be saved. Check your connection and try again.',
    },
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const [draft, setDraft] = useState<AccountDraft>(() =>
    account ? draftFromAccount(account) : emptyAccountDraft(),
  );

  const current = stepIndexOf(searchParams.get('step'), account !== null);
  const stepId: StepId = STEPS[current].id;
  const dirty = account === null || !sameDraft(draft, draftFromAccount(account));
  // Unsaved account details must be saved (or reverted) before the later steps open.
  const reachable = dirty ? CREDENTIALS_STEP : STEPS.length - 1;

  // Replacing keeps Back in the browser for leaving the wizard; the state keeps a new account "new".
  const showStep = (id: StepId) => setSearchParams({ step: id }, { replace: true, state: location.state });

  const goTo = (index: number) => {
    form.reset();
    showStep(STEPS[index].id);
  };

  /** What keeps the admin on a step: its fields' problems, or no number on the numbers step. */
  const validateStep = (id: StepId, next: AccountDraft): FieldErrors<WizardField> => {
    switch (id) {
      case 'channel':
        return validateChannelDetails(next);
      case 'account':
        return validateAccountDetails(next, account);
      case 'numbers':
        return account?.numbers.length === 0
          ? {
              numbers: {
                descriptor: {
                  id: getTranslation('validation.account.numbers.required'),
                  defaultMessage:
                    'Add at least one SMS number: customers text it, and replies are sent from it.',
                },
              },
            }
          : {};
      default:
        return {};
    }
  };

  const change = (patch: Partial<AccountDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    form.recheck(() => validateStep(stepId, next));
  };

  const save = async () => {
    const saved = await form.submit(
      () =>
        account
          ? updateAccount({ documentId: account.documentId, body: updateBody(draft) }).unwrap()
          : createAccount(createBody(draft)).unwrap(),
      () => validateStep('account', draft),
    );
    if (saved.ok && account) {
      setDraft(draftFromAccount(saved.value));
      goTo(current + 1);
    } else if (saved.ok) {
      navigate(PATHS.editAccount(saved.value.documentId, 'numbers'), {
        replace: true,
        state: { created: true },
      });
    } else if (CHANNEL_FIELDS.some((field) => saved.errors[field])) {
      // The name is asked on the first step: show its problem there.
      showStep('channel');
    }
  };

  /**
   * Next, and a click on a later step in the step list: every step on the way is checked as Next
   * checks it, and the first one with a problem is shown with it.
   */
  const advanceTo = (target: number) => {
    const failing = firstFailingStep(STEPS, current, target, (id) => validateStep(id, draft));
    if (failing) {
      showStep(failing.id);
      form.showErrors(failing.errors);
    } else {
      goTo(target);
    }
  };

  const select = (index: number) => (index < current ? goTo(index) : advanceTo(index));

  const next = () => {
    if (stepId === 'account') {
      void save();
    } else if (stepId === 'done') {
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('account.finished'), defaultMessage: '{name} is set up' },
          { name: account?.name ?? '' },
        ),
      });
      navigate(PATHS.setup);
    } else {
      advanceTo(current + 1);
    }
  };

  const nextLabel =
    stepId === 'account'
      ? { id: getTranslation('wizard.saveAndContinue'), defaultMessage: 'Save and continue' }
      : stepId === 'done'
        ? { id: getTranslation('wizard.finish'), defaultMessage: 'Finish' }
        : { id: getTranslation('wizard.next'), defaultMessage: 'Next' };

  return (
    <WizardFrame
      steps={STEPS}
      current={current}
      reachable={reachable}
      onSelect={select}
      description={STEPS[current].description}
      problem={form.problem}
      onDismissProblem={form.dismissProblem}
      onBack={current > 0 ? () => goTo(current - 1) : undefined}
      nextLabel={nextLabel}
      onNext={next}
      busy={form.busy}
    >
      {stepId === 'channel' ? <ChannelStep draft={draft} errors={form.errors} onChange={change} /> : null}
      {stepId === 'account' ? (
        <CredentialsStep draft={draft} account={account} errors={form.errors} onChange={change} />
      ) : null}
      {stepId === 'numbers' && account ? (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <NumbersEditor accountId={account.documentId} numbers={account.numbers} />
          {form.errors.numbers && 'descriptor' in form.errors.numbers && account.numbers.length === 0 ? (
            <Typography variant="pi" textColor="danger600" role="alert">
              {formatMessage(form.errors.numbers.descriptor)}
            </Typography>
          ) : null}
          <VerifyPanel account={account} canVerify />
        </Flex>
      ) : null}
      {stepId === 'callback' && account ? <CallbackPanel account={account} canRegenerate /> : null}
      {stepId === 'done' && account ? (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <AccountSummary account={account} />
          <Flex gap={2}>
            <LinkButton tag={NavLink} to={PATHS.newWorkstream} variant="secondary" startIcon={<Plus />}>
              {formatMessage({
                id: getTranslation('account.done.workstream'),
                defaultMessage: 'Add the SMS channel to a workstream',
              })}
            </LinkButton>
          </Flex>
        </Flex>
      ) : null}
    </WizardFrame>
  );
};

export { AccountWizard };
