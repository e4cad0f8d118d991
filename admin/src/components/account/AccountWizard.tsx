import { useState } from 'react';

import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useLocation, useNavigate, useSearchParams } from 'react-router-dom';

import { createAccount, getAccount, updateAccount, type Account } from '../../api/accounts';
import { serverProblem } from '../../api/serverProblem';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
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
import { hasErrors, serverFieldErrors, type FieldErrors } from '../../validation/fieldErrors';
import { WizardFrame } from '../wizard/WizardFrame';

import { AccountSummary } from './AccountSummary';
import { CallbackPanel } from './CallbackPanel';
import { ChannelStep } from './ChannelStep';
import { CredentialsStep } from './CredentialsStep';
import { NumbersEditor } from './NumbersEditor';
import { VerifyPanel } from './VerifyPanel';

const STEPS = [
  {
    id: 'channel',
    label: { id: getTranslation('setup.steps.channel.title'), defaultMessage: 'Channel details' },
  },
  {
    id: 'account',
    label: { id: getTranslation('setup.steps.account.title'), defaultMessage: 'Account details' },
  },
  {
    id: 'numbers',
    label: { id: getTranslation('setup.steps.numbers.title'), defaultMessage: 'SMS numbers' },
  },
  {
    id: 'callback',
    label: { id: getTranslation('setup.steps.callback.title'), defaultMessage: 'Callback URL' },
  },
  { id: 'done', label: { id: getTranslation('wizard.done'), defaultMessage: 'Done' } },
] as const;

type StepId = (typeof STEPS)[number]['id'];

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

const DESCRIPTIONS = {
  channel: {
    id: getTranslation('setup.steps.channel.body'),
    defaultMessage: 'Name the account. The channel is SMS.',
  },
  account: {
    id: getTranslation('setup.steps.account.body'),
    defaultMessage:
      'The provider is TeleSign. Enter the Customer ID and API key from your TeleSign account; the key is stored encrypted and only its last four characters are ever shown again.',
  },
  numbers: {
    id: getTranslation('setup.steps.numbers.body'),
    defaultMessage:
      'Add the numbers you bought from TeleSign as digits with the country code, without spaces or a plus sign (for example 14252306549), and say whether each is a geo number, a short code or toll-free.',
  },
  callback: {
    id: getTranslation('setup.steps.callback.body'),
    defaultMessage:
      "Register the account's callback URL with TeleSign so that customer messages and delivery reports reach this Strapi.",
  },
  done: {
    id: getTranslation('account.done.body'),
    defaultMessage: 'The account is saved. Check the summary, then add its SMS channel to a workstream.',
  },
} satisfies Record<StepId, { id: string; defaultMessage: string }>;

type WizardErrors = FieldErrors<ChannelField | CredentialsField | 'numbers'>;

/**
 * The account wizard, for a new account (`account` null) and an existing one. The account is
 * saved when the account details are confirmed; numbers, verification and the callback URL are
 * managed on the saved account. The step lives in the URL, so a reload stays where it was.
 */
const AccountWizard = ({ account: initial }: { account: Account | null }) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const notifyFailure = useNotifyFailure();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const [account, setAccount] = useState<Account | null>(initial);
  const [draft, setDraft] = useState<AccountDraft>(() =>
    initial ? draftFromAccount(initial) : emptyAccountDraft(),
  );
  const [errors, setErrors] = useState<WizardErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const current = stepIndexOf(searchParams.get('step'), account !== null);
  const stepId: StepId = STEPS[current].id;
  const dirty = account === null || !sameDraft(draft, draftFromAccount(account));
  // Unsaved account details must be saved (or reverted) before the later steps open.
  const reachable = dirty ? CREDENTIALS_STEP : STEPS.length - 1;

  // Replacing keeps Back in the browser for leaving the wizard; the state keeps a new account "new".
  const showStep = (id: StepId) => setSearchParams({ step: id }, { replace: true, state: location.state });

  const goTo = (index: number) => {
    setErrors({});
    setProblem(null);
    showStep(STEPS[index].id);
  };

  const validateStep = (next: AccountDraft): WizardErrors => {
    if (stepId === 'channel') {
      return validateChannelDetails(next);
    }
    return stepId === 'account' ? validateAccountDetails(next, account) : {};
  };

  const change = (patch: Partial<AccountDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (hasErrors(errors)) {
      setErrors(validateStep(next));
    }
  };

  const refresh = async () => {
    if (!account) {
      return;
    }
    try {
      setAccount(await getAccount(client, account.documentId));
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('account.reloadFailed'),
        defaultMessage: 'The account could not be reloaded. Reload the page to see its current state.',
      });
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      if (account) {
        const saved = await updateAccount(client, account.documentId, updateBody(draft));
        setAccount(saved);
        setDraft(draftFromAccount(saved));
        goTo(current + 1);
      } else {
        const created = await createAccount(client, createBody(draft));
        navigate(PATHS.editAccount(created.documentId, 'numbers'), {
          replace: true,
          state: { created: true },
        });
      }
    } catch (error) {
      const answer = serverProblem(error);
      const channel = serverFieldErrors(answer?.fields ?? {}, CHANNEL_FIELDS);
      const credentials = serverFieldErrors(answer?.fields ?? {}, CREDENTIALS_FIELDS);
      if (hasErrors(channel)) {
        // The name is asked on the first step: show its problem there.
        showStep('channel');
      }
      setErrors({ ...channel, ...credentials });
      setProblem(
        hasErrors(channel) || hasErrors(credentials)
          ? null
          : (answer?.message ??
              formatMessage({
                id: getTranslation('account.saveFailed'),
                defaultMessage: 'The account could not be saved. Check your connection and try again.',
              })),
      );
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
    if (stepId === 'account') {
      void save();
    } else if (stepId === 'numbers' && account?.numbers.length === 0) {
      setErrors({
        numbers: {
          descriptor: {
            id: getTranslation('validation.account.numbers.required'),
            defaultMessage: 'Add at least one SMS number: customers text it, and replies are sent from it.',
          },
        },
      });
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
      goTo(current + 1);
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
      onSelect={goTo}
      description={DESCRIPTIONS[stepId]}
      problem={problem}
      onDismissProblem={() => setProblem(null)}
      onBack={current > 0 ? () => goTo(current - 1) : undefined}
      nextLabel={nextLabel}
      onNext={next}
      busy={busy}
    >
      {stepId === 'channel' ? <ChannelStep draft={draft} errors={errors} onChange={change} /> : null}
      {stepId === 'account' ? (
        <CredentialsStep draft={draft} account={account} errors={errors} onChange={change} />
      ) : null}
      {stepId === 'numbers' && account ? (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <NumbersEditor accountId={account.documentId} numbers={account.numbers} onChanged={refresh} />
          {errors.numbers && 'descriptor' in errors.numbers && account.numbers.length === 0 ? (
            <Typography variant="pi" textColor="danger600" role="alert">
              {formatMessage(errors.numbers.descriptor)}
            </Typography>
          ) : null}
          <VerifyPanel account={account} onVerified={setAccount} />
        </Flex>
      ) : null}
      {stepId === 'callback' && account ? (
        <CallbackPanel account={account} onRegenerated={setAccount} />
      ) : null}
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
