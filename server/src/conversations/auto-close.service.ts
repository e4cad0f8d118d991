import type { Core } from '@strapi/strapi';
import { HOUR_MS } from '../config/fields';
import { createPeriodicTask, type PeriodicTask } from '../runtime/periodic-task';
import { pluginConfig } from '../utils/plugin-config';
import { createWorkstreamRepository } from '../workstreams/workstream.repository';
import { createConversationRepository } from './conversation.repository';

const BATCH = 200;
const INACTIVE_CLOSE_REASON = 'inactive';

/**
 * Closes `waiting` conversations (closeReason `inactive`) whose last message is older than their
 * workstream's autoCloseAfterHours, every `conversations.autoCloseIntervalMs`. Each close is a
 * conditional UPDATE (still waiting, still idle), so a customer writing at that moment, or another
 * process doing the same sweep, never gets a conversation closed twice or closed under them.
 */
export const autoCloseService = ({ strapi }: { strapi: Core.Strapi }) => {
  const conversations = createConversationRepository(strapi);
  const workstreams = createWorkstreamRepository(strapi);
  let task: PeriodicTask | undefined;

  const sweep = async (): Promise<void> => {
    for (const workstream of await workstreams.findAutoClosing()) {
      const now = new Date();
      const idleSince = new Date(now.getTime() - workstream.autoCloseAfterHours * HOUR_MS);
      for (;;) {
        if (!task?.running) return;
        const ids = await conversations.findIdleWaiting(workstream.id, idleSince, BATCH);
        await conversations.closeIdle(ids, idleSince, INACTIVE_CLOSE_REASON, now);
        if (ids.length < BATCH) break;
      }
    }
  };

  return {
    start(): void {
      if (task) return;
      task = createPeriodicTask({
        intervalMs: pluginConfig(strapi, 'conversations').autoCloseIntervalMs,
        run: sweep,
        onError: (error) =>
          strapi.log.error(`[sms-channel] Auto-close of idle conversations: ${String(error)}`),
      });
      task.start();
    },
    /** Sweeps finished so far: one that started after a moment has ended once this grew by two. */
    completedSweeps(): number {
      return task?.completedRuns ?? 0;
    },
    async stop(): Promise<void> {
      await task?.stop();
      task = undefined;
    },
  };
};
