import { LANGUAGE_CODES } from '../../../server/src/workstreams/languages';
import { AUTO_CLOSE_HOURS } from '../../../server/src/workstreams/workstream.schema';
import { getTranslation } from '../utils/getTranslation';

import { nameProblem, type FieldErrors } from './fieldErrors';
import type { WorkstreamCreateBody } from '../../../server/src/workstreams/workstream.types';

interface WorkstreamDraft {
  name: string;
  /** documentIds of the SMS numbers the workstream routes. */
  numberIds: string[];
  language: string;
  allowCustomerAttachments: boolean;
  allowAgentAttachments: boolean;
  autoClose: boolean;
  /** Whole hours; only sent when `autoClose` is on. */
  autoCloseAfterHours: number | undefined;
}

type WorkstreamField = keyof Required<WorkstreamCreateBody>;

const { min: AUTO_CLOSE_MIN_HOURS, max: AUTO_CLOSE_MAX_HOURS } = AUTO_CLOSE_HOURS;
/** What a new workstream suggests: waiting conversations close after a day without news. */
const DEFAULT_AUTO_CLOSE_HOURS = 24;

const emptyWorkstreamDraft = (language: string): WorkstreamDraft => ({
  name: '',
  numberIds: [],
  language,
  allowCustomerAttachments: false,
  allowAgentAttachments: false,
  autoClose: true,
  autoCloseAfterHours: DEFAULT_AUTO_CLOSE_HOURS,
});

const validateWorkstreamName = (draft: WorkstreamDraft): FieldErrors<'name'> => {
  const name = nameProblem(draft.name, {
    id: getTranslation('validation.workstream.name.required'),
    defaultMessage: 'Give the workstream a name, for example "Customer support".',
  });
  return name ? { name } : {};
};

const validateWorkstreamNumbers = (draft: WorkstreamDraft): FieldErrors<'numberIds'> =>
  draft.numberIds.length > 0
    ? {}
    : {
        numberIds: {
          descriptor: {
            id: getTranslation('validation.workstream.numbers.required'),
            defaultMessage: 'Pick the SMS number whose conversations this workstream routes.',
          },
        },
      };

/** `languages`: the tags the server supports. */
const validateWorkstreamLanguage = (
  draft: WorkstreamDraft,
  languages: readonly string[],
): FieldErrors<'language'> =>
  languages.includes(draft.language)
    ? {}
    : {
        language: {
          descriptor: {
            id: getTranslation('validation.workstream.language.required'),
            defaultMessage: 'Pick the language of the automated messages and of new conversations.',
          },
        },
      };

const validateWorkstreamBehaviours = (draft: WorkstreamDraft): FieldErrors<'autoCloseAfterHours'> => {
  const hours = draft.autoCloseAfterHours;
  if (
    !draft.autoClose ||
    (hours !== undefined &&
      Number.isInteger(hours) &&
      hours >= AUTO_CLOSE_MIN_HOURS &&
      hours <= AUTO_CLOSE_MAX_HOURS)
  ) {
    return {};
  }
  return {
    autoCloseAfterHours: {
      descriptor: {
        id: getTranslation('validation.workstream.autoClose.range'),
        defaultMessage: 'Enter a whole number of hours from {min} to {max}, or switch automatic closing off.',
      },
      values: { min: AUTO_CLOSE_MIN_HOURS, max: AUTO_CLOSE_MAX_HOURS },
    },
  };
};

/** Every field is sent, so the same body creates a workstream or replaces all its settings. */
const workstreamBody = (draft: WorkstreamDraft): WorkstreamCreateBody => {
  const language = LANGUAGE_CODES.find((code) => code === draft.language);

  return {
    name: draft.name.trim(),
    numberIds: draft.numberIds,
    ...(language ? { language } : {}),
    allowCustomerAttachments: draft.allowCustomerAttachments,
    allowAgentAttachments: draft.allowAgentAttachments,
    autoCloseAfterHours: draft.autoClose ? (draft.autoCloseAfterHours ?? null) : null,
  };
};

const WORKSTREAM_FIELDS: readonly WorkstreamField[] = [
  'name',
  'numberIds',
  'language',
  'allowCustomerAttachments',
  'allowAgentAttachments',
  'autoCloseAfterHours',
];

const draftFromWorkstream = (workstream: {
  name: string;
  numbers: { documentId: string }[];
  language: string;
  allowCustomerAttachments: boolean;
  allowAgentAttachments: boolean;
  autoCloseAfterHours: number | null;
}): WorkstreamDraft => ({
  name: workstream.name,
  numberIds: workstream.numbers.map((number) => number.documentId),
  language: workstream.language,
  allowCustomerAttachments: workstream.allowCustomerAttachments,
  allowAgentAttachments: workstream.allowAgentAttachments,
  autoClose: workstream.autoCloseAfterHours !== null,
  autoCloseAfterHours: workstream.autoCloseAfterHours ?? DEFAULT_AUTO_CLOSE_HOURS,
});

export {
  AUTO_CLOSE_MAX_HOURS,
  AUTO_CLOSE_MIN_HOURS,
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
};
