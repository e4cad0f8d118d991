import { ENTERPRISE_PATH_PREFIX } from './api-hosts';
import { loadConfig, type SimulatorConfig } from './config';
import { startSimulator } from './server';

/** `npx tsx simulator/src/main.ts [--port 4010] …`: starts the simulator and says how to use it. */

const timestamped = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);

const banner = (url: string, phoneUrl: string, config: SimulatorConfig): string => {
  const { customerId, apiKey, numbers } = config.defaultCustomer;
  return [
    `TeleSign simulator listening on ${url}   (its home page links every page and API)`,
    `  REST endpoint   ${url}   (use it as the TeleSign API host)`,
    `  Enterprise host ${url}${ENTERPRISE_PATH_PREFIX}   (for customers created with apiHost "enterprise")`,
    `  Customer ID     ${customerId}`,
    `  API key         ${apiKey}`,
    `  Business number ${numbers.join(', ') || '(none: add one with PUT /_sim/customers/:customerId)'}`,
    `  Customer phone  ${phoneUrl}`,
    `  Support page    ${url}/support   (register your app's callback URL here)`,
    `  Control API     ${url}/_sim/health`,
    `  State           ${config.stateFile ? `kept in ${config.stateFile}` : 'forgotten on restart (keep it with --state-file)'}`,
  ].join('\n');
};

const main = async (): Promise<void> => {
  let config: SimulatorConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const simulator = await startSimulator(config, { log: timestamped });
  console.log(banner(simulator.url, simulator.phoneUrl, config));

  const stop = (): void => {
    void simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
