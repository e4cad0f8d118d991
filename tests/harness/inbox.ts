import type { RunningSimulator } from '../../simulator/src/server';
import { simulatorControl } from './simulator';
import type { TestApp } from './strapi';
import { waitFor } from './wait';

/**
 * The customer texts the business number from the simulator's phone; resolves with the documentId
 * of the conversation the plugin threaded the SMS into, once it is stored.
 */
export const textFromCustomer = async (
  app: TestApp,
  simulator: RunningSimulator,
  message: { from: string; to: string; text: string },
): Promise<string> => {
  const sent = await simulatorControl<{ referenceId: string; delivered: boolean; error: string | null }>(
    simulator,
    'POST',
    '/_sim/inbound',
    message,
  );
  if (!sent.body.delivered) throw new Error(`the simulator could not deliver the text: ${sent.body.error}`);
  return waitFor(`"${message.text}" threaded into a conversation`, async () => {
    const row = (await app.strapi.db.query('plugin::sms-channel.message' as never).findOne({
      where: { referenceId: sent.body.referenceId },
      populate: { conversation: { select: ['documentId'] } },
    })) as { conversation: { documentId: string } | null } | null;
    return row?.conversation?.documentId;
  });
};

/** "+1 (555) 012-3456": how people type a number with a country code 1 (11 digits). */
export const formatNanp = (digits: string): string =>
  `+${digits[0]} (${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`;
