import { getTranslation } from '../../utils/getTranslation';

/**
 * The account wizard's steps, in order, with what each asks for. The setup page lists the same
 * steps (all but the closing summary), so what it promises is what the wizard does.
 */
const ACCOUNT_STEPS = [
  {
    id: 'channel',
    label: { id: getTranslation('setup.steps.channel.title'), defaultMessage: 'Channel details' },
    description: {
      id: getTranslation('setup.steps.channel.body'),
      defaultMessage: 'Name the account. The channel is SMS.',
    },
  },
  {
    id: 'account',
    label: { id: getTranslation('setup.steps.account.title'), defaultMessage: 'Account details' },
    description: {
      id: getTranslation('setup.steps.account.body'),
      defaultMessage:
        'The provider is TeleSign. Enter the Customer ID and API key from your TeleSign account; the key is stored encrypted and only its last four characters are ever shown again.',
    },
  },
  {
    id: 'numbers',
    label: { id: getTranslation('setup.steps.numbers.title'), defaultMessage: 'SMS numbers' },
    description: {
      id: getTranslation('setup.steps.numbers.body'),
      defaultMessage:
        'Add the numbers you bought from TeleSign as digits with the country code, without spaces or a plus sign (for example 14252306549), and say whether each is a geo number, a short code or toll-free. Then Verify: the plugin calls TeleSign with the credentials and tells you whether they work, and if not, why.',
    },
  },
  {
    id: 'callback',
    label: { id: getTranslation('setup.steps.callback.title'), defaultMessage: 'Callback URL' },
    description: {
      id: getTranslation('setup.steps.callback.body'),
      defaultMessage:
        "Register the account's callback URL with TeleSign so that customer messages and delivery reports reach this Strapi.",
    },
  },
  {
    id: 'done',
    label: { id: getTranslation('wizard.done'), defaultMessage: 'Done' },
    description: {
      id: getTranslation('account.done.body'),
      defaultMessage: 'The account is saved. Check the summary, then add its SMS channel to a workstream.',
    },
  },
] as const;

type AccountStepId = (typeof ACCOUNT_STEPS)[number]['id'];

export { ACCOUNT_STEPS, type AccountStepId };
