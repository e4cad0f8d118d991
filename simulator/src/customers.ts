import type { ApiHost } from './api-hosts';

/**
 * TeleSign accounts known to the simulator. `numbers` are the business numbers (sender ids) the
 * account owns: an inbound text to one of them is pushed to that account's callback URL.
 */

export type CustomerStatus = 'active' | 'suspended';

export interface Customer {
  customerId: string;
  apiKey: string;
  callbackUrl?: string;
  status: CustomerStatus;
  smsEnabled: boolean;
  numbers: string[];
  /** The one API host this account may call; the other answers 10035. */
  apiHost: ApiHost;
}

export type CustomerChanges = Partial<Omit<Customer, 'customerId' | 'callbackUrl'>> & {
  /** `null` removes the callback URL. */
  callbackUrl?: string | null;
};

export class CustomerConflictError extends Error {}

export class CustomerStore {
  private readonly byId = new Map<string, Customer>();

  /** `onChange` hears of every change, e.g. to save the state. */
  constructor(private readonly onChange: () => void = () => undefined) {}

  /** Customer ids are GUIDs; lookups ignore case like TeleSign does with hex ids. */
  get(customerId: string): Customer | undefined {
    return this.byId.get(customerId.toUpperCase());
  }

  list(): Customer[] {
    return [...this.byId.values()];
  }

  ownerOfNumber(number: string): Customer | undefined {
    return this.list().find((customer) => customer.numbers.includes(number));
  }

  create(customer: Customer): Customer {
    const record = {
      ...customer,
      customerId: customer.customerId.toUpperCase(),
      numbers: [...customer.numbers],
    };
    if (this.byId.has(record.customerId)) {
      throw new CustomerConflictError(
        `Customer ${record.customerId} already exists; use PUT /_sim/customers/${record.customerId} to change it.`,
      );
    }
    this.assertNumbersFree(record.customerId, record.numbers);
    this.byId.set(record.customerId, record);
    this.onChange();
    return record;
  }

  /** Returns undefined when the customer does not exist. */
  update(customerId: string, changes: CustomerChanges): Customer | undefined {
    const current = this.get(customerId);
    if (!current) return undefined;
    if (changes.numbers) this.assertNumbersFree(current.customerId, changes.numbers);
    const { callbackUrl, ...rest } = changes;
    const updated: Customer = { ...current, ...rest };
    if (callbackUrl === null) delete updated.callbackUrl;
    else if (callbackUrl !== undefined) updated.callbackUrl = callbackUrl;
    this.byId.set(current.customerId, updated);
    this.onChange();
    return updated;
  }

  clear(): void {
    this.byId.clear();
    this.onChange();
  }

  /** Inbound routing needs each business number to have exactly one owner. */
  private assertNumbersFree(customerId: string, numbers: string[]): void {
    for (const number of numbers) {
      const owner = this.ownerOfNumber(number);
      if (owner && owner.customerId !== customerId) {
        throw new CustomerConflictError(
          `Number ${number} already belongs to customer ${owner.customerId}; remove it there first.`,
        );
      }
    }
  }
}
