import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isStandardBase64 } from '../../server/src/telesign/signing';
import { GUID, PHONE_DIGITS } from './formats';
import { formatIssues } from './validation';

/**
 * Simulator settings, read from CLI flags, then `SIMULATOR_*` environment variables, then the
 * defaults below. Callback retries default to TeleSign's documented schedule; tests shorten every
 * timing (e.g. `SIMULATOR_CALLBACK_RETRY_DELAYS_MS=100,200`).
 */

export interface DefaultCustomerConfig {
  customerId: string;
  apiKey: string;
  callbackUrl?: string;
  numbers: string[];
}

export interface SimulatorConfig {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  defaultCustomer: DefaultCustomerConfig;
  /** The "290 Message in progress" report goes out this long after acceptance… */
  inProgressReportDelayMs: number;
  /** …and the final report (200 or the destination's failure) this long after the 290 report. */
  finalReportDelayMs: number;
  /** Waits between callback attempts: TeleSign retries after 10 s, then 30 s (3 attempts). */
  callbackRetryDelaysMs: number[];
  /** How long one callback attempt may take before it counts as failed. */
  callbackTimeoutMs: number;
  /** How far a request's Date / x-ts-date may be from the simulator's clock, either way. */
  dateToleranceMs: number;
  /** Keeps callback URLs and the phone's history across restarts (state-file.ts); none: forget them. */
  stateFile?: string;
}

/** A fixed demo account so a restarted simulator keeps working with the same plugin settings. */
export const DEMO_CUSTOMER_ID = 'D3A1B2C4-5E6F-4789-ABCD-0123456789AB';
/** 64 random bytes, standard base64, like a real TeleSign API key. */
export const DEMO_API_KEY =
  'wyXc0lepHk3NX+a5HyoD9zjuHcUqSRSQe8Ig6DysalJT5uRDxiYahBSOkaJy4LAyQ3Mizb0BeZmy1Ied+disDg==';
/** 425-555-0100: in the NANP range reserved for fiction, so it can never reach a real person. */
export const DEMO_BUSINESS_NUMBER = '14255550100';

export const DEFAULT_CONFIG: SimulatorConfig = {
  host: '127.0.0.1',
  port: 4010,
  defaultCustomer: { customerId: DEMO_CUSTOMER_ID, apiKey: DEMO_API_KEY, numbers: [DEMO_BUSINESS_NUMBER] },
  inProgressReportDelayMs: 300,
  finalReportDelayMs: 1000,
  callbackRetryDelaysMs: [10_000, 30_000],
  callbackTimeoutMs: 5_000,
  dateToleranceMs: 15 * 60_000,
};

/** A whole number written as text (env and flag values are always text). */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
const milliseconds = wholeNumber(0, 3_600_000);
const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) => (value.trim() === '' ? [] : value.split(',').map((part) => part.trim())))
    .pipe(z.array(item));

/** Every setting as text, named like its flag; env values and flag values both go through this. */
const settingsSchema = z.object({
  host: z.string().min(1).optional(),
  port: wholeNumber(0, 65_535).optional(),
  'customer-id': z
    .string()
    .regex(GUID, 'must be a GUID like FFFFFFFF-EEEE-DDDD-1234-AB1234567890')
    .optional(),
  'api-key': z
    .string()
    .refine(isStandardBase64, 'must be standard base64 (A–Z a–z 0–9 + / and = padding)')
    .optional(),
  'callback-url': z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  numbers: commaList(
    z.string().regex(PHONE_DIGITS, 'each number must be digits only with country code, e.g. 14255550100'),
  ).optional(),
  'report-delay-ms': milliseconds.optional(),
  'final-report-delay-ms': milliseconds.optional(),
  'callback-retry-delays-ms': commaList(milliseconds).optional(),
  'callback-timeout-ms': wholeNumber(1, 600_000).optional(),
  'date-tolerance-ms': wholeNumber(1_000, 86_400_000).optional(),
  'state-file': z.string().trim().min(1, 'must be a file path').optional(),
});

type SettingName = keyof z.input<typeof settingsSchema>;
const SETTING_NAMES = Object.keys(settingsSchema.shape) as SettingName[];

/** `callback-retry-delays-ms` → `SIMULATOR_CALLBACK_RETRY_DELAYS_MS`. */
const envName = (setting: SettingName): string => `SIMULATOR_${setting.toUpperCase().replace(/-/g, '_')}`;

export const loadConfig = (
  env: NodeJS.ProcessEnv = process.env,
  argv: string[] = process.argv.slice(2),
): SimulatorConfig => {
  const { values: flags } = parseArgs({
    args: argv,
    options: Object.fromEntries(SETTING_NAMES.map((name) => [name, { type: 'string' as const }])),
    strict: true,
  });
  const raw: Partial<Record<SettingName, string>> = {};
  for (const name of SETTING_NAMES) {
    const value = flags[name] ?? env[envName(name)];
    if (typeof value === 'string') raw[name] = value;
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid simulator setting (flag --name or env SIMULATOR_NAME): ${formatIssues(parsed.error)}`,
    );
  }
  const s = parsed.data;
  const base = DEFAULT_CONFIG;
  return {
    host: s.host ?? base.host,
    port: s.port ?? base.port,
    defaultCustomer: {
      customerId: (s['customer-id'] ?? base.defaultCustomer.customerId).toUpperCase(),
      apiKey: s['api-key'] ?? base.defaultCustomer.apiKey,
      ...(s['callback-url'] ? { callbackUrl: s['callback-url'] } : {}),
      numbers: s.numbers ?? base.defaultCustomer.numbers,
    },
    inProgressReportDelayMs: s['report-delay-ms'] ?? base.inProgressReportDelayMs,
    finalReportDelayMs: s['final-report-delay-ms'] ?? base.finalReportDelayMs,
    callbackRetryDelaysMs: s['callback-retry-delays-ms'] ?? base.callbackRetryDelaysMs,
    callbackTimeoutMs: s['callback-timeout-ms'] ?? base.callbackTimeoutMs,
    dateToleranceMs: s['date-tolerance-ms'] ?? base.dateToleranceMs,
    ...(s['state-file'] ? { stateFile: path.resolve(s['state-file']) } : {}),
  };
};
