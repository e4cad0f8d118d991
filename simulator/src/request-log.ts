import type { AuthScheme } from './auth';
import type { Fault } from './faults';

/**
 * Every TeleSign API request the simulator read, with what it did about it, so tests can assert
 * facts such as "exactly one POST reached TeleSign". Credentials are never recorded.
 */

export interface ApiRequestRecord {
  id: number;
  receivedAt: string;
  method: string;
  path: string;
  query: string;
  contentType: string | null;
  body: string;
  fault: Fault['kind'] | null;
  auth: {
    outcome: 'accepted' | 'rejected' | 'not-checked';
    scheme: AuthScheme | null;
    customerId: string | null;
    /** TeleSign's status.code when authentication failed. */
    code: number | null;
  };
  /** Null while unanswered, and for good when a fault hung up or reset the connection. */
  response: { status: number; code: number | null } | null;
}

export type NewApiRequest = Pick<ApiRequestRecord, 'method' | 'path' | 'query' | 'contentType' | 'body'>;

export class RequestLog {
  private readonly records: ApiRequestRecord[] = [];
  private nextId = 1;

  add(request: NewApiRequest): ApiRequestRecord {
    const record: ApiRequestRecord = {
      id: this.nextId++,
      receivedAt: new Date().toISOString(),
      ...request,
      fault: null,
      auth: { outcome: 'not-checked', scheme: null, customerId: null, code: null },
      response: null,
    };
    this.records.push(record);
    return record;
  }

  list(): ApiRequestRecord[] {
    return this.records.map((record) => structuredClone(record));
  }

  clear(): void {
    this.records.length = 0;
  }
}
