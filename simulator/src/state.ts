import { CallbackDispatcher } from './callbacks';
import type { SimulatorConfig } from './config';
import { CustomerStore } from './customers';
import { DeliveryReports } from './delivery-reports';
import { DestinationOutcomes } from './destinations';
import { FaultQueue } from './faults';
import { InboundTexts } from './inbound';
import { MessageStore } from './messages';
import { NonceRegistry } from './nonces';
import { RequestLog } from './request-log';
import { Scheduler } from './scheduler';

/** Everything the simulator remembers, and the one place that resets or stops it. */
export class SimulatorState {
  readonly scheduler: Scheduler;
  readonly customers = new CustomerStore();
  readonly nonces: NonceRegistry;
  readonly messages = new MessageStore();
  readonly outcomes = new DestinationOutcomes();
  readonly faults = new FaultQueue();
  readonly requests = new RequestLog();
  readonly callbacks: CallbackDispatcher;
  readonly inbound: InboundTexts;
  readonly deliveryReports: DeliveryReports;

  constructor(
    private readonly config: SimulatorConfig,
    log: (line: string) => void,
  ) {
    this.scheduler = new Scheduler((error) => log(`background task failed: ${String(error)}`));
    this.nonces = new NonceRegistry(config.dateToleranceMs);
    this.callbacks = new CallbackDispatcher(
      { retryDelaysMs: config.callbackRetryDelaysMs, timeoutMs: config.callbackTimeoutMs },
      this.scheduler,
      log,
    );
    this.inbound = new InboundTexts(this.customers, this.callbacks);
    this.deliveryReports = new DeliveryReports({
      delays: { inProgressMs: config.inProgressReportDelayMs, finalMs: config.finalReportDelayMs },
      scheduler: this.scheduler,
      messages: this.messages,
      customers: this.customers,
      outcomes: this.outcomes,
      callbacks: this.callbacks,
      log,
    });
    this.seedDefaultCustomer();
  }

  /** Back to a fresh start: only the configured default customer remains; pending reports are dropped. */
  reset(): void {
    this.scheduler.cancelAll();
    this.callbacks.reset();
    this.customers.clear();
    this.nonces.clear();
    this.messages.clear();
    this.outcomes.clear();
    this.faults.clear();
    this.requests.clear();
    this.inbound.clear();
    this.seedDefaultCustomer();
  }

  close(): void {
    this.scheduler.close();
    this.callbacks.reset();
  }

  private seedDefaultCustomer(): void {
    this.customers.create({
      ...this.config.defaultCustomer,
      status: 'active',
      smsEnabled: true,
      apiHost: 'standard',
    });
  }
}
