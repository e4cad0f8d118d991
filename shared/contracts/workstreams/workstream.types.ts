import type { NumberView } from '../numbers/number.types';
import type { WORKSTREAM_LANGUAGES, WorkstreamLanguage } from './languages';

/** A number inside a workstream: its workstream is the one around it. */
export type WorkstreamNumberView = Omit<NumberView, 'workstream'>;

export interface WorkstreamView {
  documentId: string;
  name: string;
  language: string;
  allowCustomerAttachments: boolean;
  allowAgentAttachments: boolean;
  /** Null: waiting conversations stay waiting until an agent ends them. */
  autoCloseAfterHours: number | null;
  numbers: WorkstreamNumberView[];
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /sms-channel/workstreams`; only `name` is required. */
export interface WorkstreamCreateBody {
  name: string;
  /** documentIds of the numbers; a number may be in one workstream only. Default: none. */
  numberIds?: string[];
  /** One of `GET /sms-channel/workstreams/options` → `languages[].code`. Default `en`. */
  language?: WorkstreamLanguage;
  allowCustomerAttachments?: boolean;
  allowAgentAttachments?: boolean;
  /** null (the default) or 1–8760 hours. */
  autoCloseAfterHours?: number | null;
}

/** Body of `PUT /sms-channel/workstreams/:id`: any subset; `numberIds` replaces the whole list. */
export type WorkstreamUpdateBody = Partial<WorkstreamCreateBody>;

/** Answer of `GET /sms-channel/workstreams/options`: what the workstream form offers. */
export interface WorkstreamOptions {
  languages: (typeof WORKSTREAM_LANGUAGES)[number][];
  defaultLanguage: WorkstreamLanguage;
  autoCloseAfterHours: { min: number; max: number };
}

/** Answer of `DELETE /sms-channel/workstreams/:id`. */
export interface WorkstreamDeletion {
  documentId: string;
  name: string;
  /** Digits of the numbers that left the workstream (they are kept, without a workstream). */
  releasedNumbers: string[];
  message: string;
}
