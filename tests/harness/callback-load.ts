import type autocannon from 'autocannon';
import { inboundBody, referenceId, signedCallbackHeaders } from './pipeline';

/** What autocannon keeps per connection: the reference id of the request in flight on it. */
interface ConnectionContext {
  referenceId?: string;
}

/**
 * An autocannon request posting signed `mo_sms` callbacks as TeleSign would, each with a new
 * reference id and its own signature, and the reference ids it got a 2xx for. `from` and `text`
 * get the request's sequence number (1, 2, …).
 */
export const signedInboundLoad = (
  account: { customerId: string; apiKey: string },
  message: { from: (sequence: number) => string; to: string; text: (sequence: number) => string },
): { request: autocannon.Request; acknowledged: Set<string> } => {
  const acknowledged = new Set<string>();
  let sequence = 0;
  const request: autocannon.Request = {
    method: 'POST',
    setupRequest: (base, context: ConnectionContext) => {
      sequence += 1;
      context.referenceId = referenceId();
      const body = inboundBody({
        referenceId: context.referenceId,
        from: message.from(sequence),
        to: message.to,
        text: message.text(sequence),
      });
      return { ...base, body, headers: signedCallbackHeaders(account, body) };
    },
    onResponse: (status, _body, context: ConnectionContext) => {
      if (status >= 200 && status < 300 && context.referenceId) acknowledged.add(context.referenceId);
    },
  };
  return { request, acknowledged };
};
