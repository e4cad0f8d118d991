import { z } from 'zod';

import { LANGUAGE_CODES } from '../../../shared/contracts/workstreams/languages';
import {
  AUTO_CLOSE_HOURS,
  workstreamFieldSchemas,
} from '../../../shared/contracts/workstreams/workstream.schema';
import { getTranslation } from '../utils/getTranslation';

import { schemaFieldErrors, type FieldErrors } from './fieldErrors';
import type { WorkstreamCreateBody } from '../../../shared/contracts/workstreams/workstream.types';

interface WorkstreamDraft {
  name: string;
  /** documentIds of the SMS numbers the workstream routes. */
  numberIds: string[];
  language: string;
  allowAgentAttachments: boolean;
  autoClose: boolean;
  /** Whole hours; only sent when `autoClose` is on. */
  autoCloseAfterHours: number | undefined;
}

/** `allowCustomerAttachments` is left to the server's default until inbound attachments exist. */
type WorkstreamField = Exclude<keyof Required<WorkstreamCreateBody>, 'allowCustomerAttachments'>;

const { min: AUTO_CLOSE_MIN_HOURS, max: AUTO_CLOSE_MAX_HOURS } = AUTO_CLOSE_HOURS;
/** What a new workstream suggests: waiting conversations close after a day without news. */
const DEFAULT_AUTO_CLOSE_HOURS = 24;

const emptyWorkstreamDraft = (language: string): WorkstreamDraft => ({
  name: '',
  numberIds: [],
  language,
  allowAgentAttachments: false,
  autoClose: true,
  autoCloseAfterHours: DEFAULT_AUTO_CLOSE_HOURS,
});

const nameSchema = z.object({ name: workstreamFieldSchemas.name });

const autoCloseSchema = z.object({ autoCloseAfterHours: workstreamFieldSchemas.autoCloseAfterHours });

const validateWorkstreamName = (draft: WorkstreamDraft): FieldErrors<'name'> =>
  schemaFieldErrors(nameSchema, { name: draft.name }, ['name']);

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

/** Switched off, automatic closing has no hours to check. */
const validateWorkstreamBehaviours = (draft: WorkstreamDraft): FieldErrors<'autoCloseAfterHours'> =>
  draft.autoClose
    ? schemaFieldErrors(autoCloseSchema, { autoCloseAfterHours: draft.autoCloseAfterHours }, [
        'autoCloseAfterHours',
      ])
    : {};

/** Every field the admin shows is sent, so the same body creates a workstream or replaces those settings. */
const workstreamBody = (draft: WorkstreamDraft): WorkstreamCreateBody => {
  const language = LANGUAGE_CODES.find((code) => code === draft.language);

  return {
    name: draft.name.trim(),
    numberIds: draft.numberIds,
    ...(language ? { language } : {}),
    allowAgentAttachments: draft.allowAgentAttachments,
    autoCloseAfterHours: draft.autoClose ? (draft.autoCloseAfterHours ?? null) : null,
  };
};

const WORKSTREAM_FIELDS: readonly WorkstreamField[] = [
  'name',
  'numberIds',
  'language',
  'allowAgentAttachments',
  'autoCloseAfterHours',
];

const draftFromWorkstream = (workstream: {
  name: string;
  numbers: { documentId: string }[];
  language: string;
  allowAgentAttachments: boolean;
  autoCloseAfterHours: number | null;
}): WorkstreamDraft => ({
  name: workstream.name,
  numberIds: workstream.numbers.map((number) => number.documentId),
  language: workstream.language,
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
