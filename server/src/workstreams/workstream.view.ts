import { toNumberView } from '../numbers/number.view';
import type { WorkstreamNumberView, WorkstreamRecord, WorkstreamView } from './workstream.types';

export const toWorkstreamView = (workstream: WorkstreamRecord): WorkstreamView => ({
  documentId: workstream.documentId,
  name: workstream.name,
  language: workstream.language,
  allowCustomerAttachments: workstream.allowCustomerAttachments ?? false,
  allowAgentAttachments: workstream.allowAgentAttachments ?? false,
  autoCloseAfterHours: workstream.autoCloseAfterHours,
  numbers: workstream.numbers.map((number): WorkstreamNumberView => {
    const { workstream: _workstream, ...rest } = toNumberView(number);
    return rest;
  }),
  createdAt: workstream.createdAt,
  updatedAt: workstream.updatedAt,
});
