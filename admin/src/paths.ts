import { PLUGIN_ID } from './pluginId';

/** The plugin's pages as absolute admin paths (the admin router adds its own `/admin` basename). */
const ROOT = `/plugins/${PLUGIN_ID}`;

const PATHS = {
  setup: `${ROOT}/setup`,
  newAccount: `${ROOT}/setup/new`,
  account: (documentId: string) => `${ROOT}/setup/${encodeURIComponent(documentId)}`,
  editAccount: (documentId: string, step?: string) =>
    `${ROOT}/setup/${encodeURIComponent(documentId)}/edit${step ? `?step=${encodeURIComponent(step)}` : ''}`,
  workstreams: `${ROOT}/workstreams`,
  newWorkstream: `${ROOT}/workstreams/new`,
  editWorkstream: (documentId: string) => `${ROOT}/workstreams/${encodeURIComponent(documentId)}/edit`,
  inbox: `${ROOT}/inbox`,
  conversation: (documentId: string) => `${ROOT}/inbox/${encodeURIComponent(documentId)}`,
};

export { PATHS };
