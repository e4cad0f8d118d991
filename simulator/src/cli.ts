import { parseArgs } from 'node:util';
import { PHONE_DIGITS } from './formats';

/**
 * Talks to a running simulator from a terminal:
 *   npx tsx simulator/src/cli.ts text --from 15551234567 --to 14255550100 --message "Hi"
 */

const USAGE =
  'Usage: cli.ts text --from <digits> --to <digits> --message "<text>" [--url http://127.0.0.1:4010]';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

interface InboundReply {
  referenceId: string;
  delivered: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

/** Returns the process exit code: 0 delivered, 1 not delivered or refused, 2 bad usage. */
export const runCli = async (
  argv: string[],
  io: CliOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        message: { type: 'string' },
        url: { type: 'string' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals[0] !== 'text' || positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const { from, to, message } = values;
  const problems = [
    ...(from && PHONE_DIGITS.test(from)
      ? []
      : ['--from must be the customer number, digits with country code (e.g. 15551234567)']),
    ...(to && PHONE_DIGITS.test(to)
      ? []
      : ['--to must be a business number, digits with country code (e.g. 14255550100)']),
    ...(message ? [] : ['--message must be a non-empty text']),
  ];
  if (problems.length > 0) {
    io.err(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }
  const base = values.url ?? `http://127.0.0.1:${env.SIMULATOR_PORT ?? 4010}`;

  let response: Response;
  try {
    response = await fetch(new URL('/_sim/inbound', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from, to, text: message }),
    });
  } catch (error) {
    io.err(
      `Cannot reach the simulator at ${base}: ${(error as Error).message}. Is it running (npx tsx simulator/src/main.ts)?`,
    );
    return 1;
  }
  const body = (await response.json()) as InboundReply & { error?: { message: string } };
  if (!response.ok) {
    io.err(`Simulator refused the text (HTTP ${response.status}): ${body.error?.message ?? 'no details'}`);
    return 1;
  }
  if (body.delivered) {
    io.out(`Delivered mo_sms ${body.referenceId} from ${from} to ${to} (attempt ${body.attempts}).`);
    return 0;
  }
  io.out(
    `mo_sms ${body.referenceId} not delivered on attempt ${body.attempts} (${body.error ?? `HTTP ${body.status}`}); the simulator retries like TeleSign.`,
  );
  return 1;
};

if (require.main === module) {
  void runCli(process.argv.slice(2), { out: console.log, err: console.error }).then((code) => {
    process.exitCode = code;
  });
}
