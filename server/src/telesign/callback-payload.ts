import type { z } from 'zod';

import type { TeleSignCallbackPayload } from './types';
import { deliveryReportSchema, inboundMessageSchema } from './wire-schemas';

/**
 * Classifies a (signature-verified, JSON-parsed) callback body. DLRs and MO messages may share one
 * endpoint, so `sub_resource` decides: `mo_sms` is an inbound SMS, other `mo_*` values are inbound
 * channels we do not handle (RCS, MMS, email…), and anything else must be a delivery report.
 * Never throws: the caller should still answer 200 to a verified but unusable callback, because
 * TeleSign retries anything else and a retry cannot make it usable.
 */
export const parseCallbackPayload = (json: unknown): TeleSignCallbackPayload => {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'unsupported', reason: 'callback body is not a JSON object' };
  }
  const subResource: unknown = (json as Record<string, unknown>).sub_resource;

  if (subResource === 'mo_sms') {
    const parsed = inboundMessageSchema.safeParse(json);
    return parsed.success
      ? { kind: 'inbound', message: parsed.data }
      : { kind: 'unsupported', reason: `invalid inbound SMS: ${describeFirstIssue(parsed.error)}` };
  }
  if (typeof subResource === 'string' && subResource.startsWith('mo_')) {
    return { kind: 'unsupported', reason: `inbound ${subResource} messages are not supported` };
  }

  const parsed = deliveryReportSchema.safeParse(json);
  return parsed.success
    ? { kind: 'delivery-report', report: parsed.data }
    : { kind: 'unsupported', reason: `invalid delivery report: ${describeFirstIssue(parsed.error)}` };
};

const describeFirstIssue = (error: z.ZodError): string => {
  const [issue] = error.issues;
  if (!issue) return 'invalid payload';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
};
