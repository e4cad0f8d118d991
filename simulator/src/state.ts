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
import { StateFile, type SavedState } from './state-file';
import { MESSAGE_STATUS } from './telesign-wire';

/** Everything the simulator remembers, and the one place that resets or stops it. */
export class SimulatorState {
  readonly scheduler: Scheduler;
  readonly customers: CustomerStore;
  readonly nonces: NonceRegistry;
  readonly messages: MessageStore;
  readonly outcomes = new DestinationOutcomes();
  readonly faults = new FaultQueue();
  readonly requests = new RequestLog();
  readonly callbacks: CallbackDispatcher;
  readonly inbound: InboundTexts;
  readonly deliveryReports: DeliveryReports;
  /** Only when the configuration names one (the demo does; tests do not). */
  private readonly stateFile: StateFile | undefined;

  constructor(
    private readonly config: SimulatorConfig,
    log: (line: string) => void,
  ) {
    this.stateFile = config.stateFile
      ? new StateFile(config.stateFile, () => this.snapshot(), log)
      : undefined;
    // Read before anything changes: a change schedules a save, which must not replace a bad file.
    const saved = this.stateFile?.read();
    const changed = () => this.stateFile?.changed();
    this.customers = new CustomerStore(changed);
    this.messages = new MessageStore(changed);
    this.scheduler = new Scheduler((error) => log(`background task failed: ${String(error)}`));
    this.nonces = new NonceRegistry(config.dateToleranceMs);
    this.callbacks = new CallbackDispatcher(
      { retryDelaysMs: config.callbackRetryDelaysMs, timeoutMs: config.callbackTimeoutMs },
      this.scheduler,
      log,
    );
    this.inbound = new InboundTexts(this.customers, this.callbacks, changed);
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
    if (saved) this.restore(saved);
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
    this.stateFile?.flush();
  }

  private snapshot(): SavedState {
    const callbackUrls: Record<string, string> = {};
    for (const { customerId, callbackUrl } of this.customers.list()) {
      if (callbackUrl) callbackUrls[customerId] = callbackUrl;
    }
    return { version: 1, callbackUrls, inbound: this.inbound.list(), messages: this.messages.list() };
  }

  /**
   * Picks up where the last run stopped. Saved callback URLs apply to the accounts this run has
   * (a callback URL given in the settings wins); messages still in progress get their reports.
   */
  private restore(saved: SavedState): void {
    for (const [customerId, callbackUrl] of Object.entries(saved.callbackUrls)) {
      const configured = customerId === this.config.defaultCustomer.customerId.toUpperCase();
      if (configured && this.config.defaultCustomer.callbackUrl) continue;
      this.customers.update(customerId, { callbackUrl });
    }
    this.inbound.restore(saved.inbound);
    this.messages.restore(saved.messages);
    for (const message of saved.messages) {
      if (message.status.code === MESSAGE_STATUS.inProgress.code) this.deliveryReports.start(message);
    }
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
