import type { Core } from '@strapi/strapi';
import { accountService } from '../accounts/account.service';
import { agentService } from '../agents/agent.service';
import { callbackReceiverService } from '../callbacks/callback-receiver.service';
import { callbackProcessingService } from '../callbacks/processing/callback-processing.service';
import { createReceiptActivity } from '../callbacks/receipt-activity';
import { consentService } from '../consent/consent.service';
import { autoCloseService } from '../conversations/auto-close.service';
import { conversationService } from '../conversations/conversation.service';
import type { PluginEvents } from '../events/plugin-events';
import { healthService } from '../health/health.service';
import { numberService } from '../numbers/number.service';
import { outboundService } from '../outbound/outbound.service';
import { reconcilerService } from '../outbound/reconciler.service';
import { senderService } from '../outbound/sender.service';
import { createEventBus } from '../runtime/event-bus';
import { workstreamService } from '../workstreams/workstream.service';

/**
 * The plugin's composition root: every service is built here, once per Strapi instance, and given
 * the services it calls and the event bus it publishes or listens on. A module's dependencies are
 * its factory's parameters, never a look-up in Strapi's registry at call time; reactions to
 * another module's changes (caches, wake-ups) go through events, so no two modules call each other.
 */
const createPluginServices = (strapi: Core.Strapi) => {
  const events = createEventBus<PluginEvents>({
    onError: (name, error) => strapi.log.error(`[sms-channel] Handling "${name}" failed: ${String(error)}`),
  });
  const receiving = createReceiptActivity();
  const consent = consentService({ strapi });
  const agents = agentService({ strapi });
  const outbound = outboundService({ strapi, consent, events });
  const sender = senderService({ strapi, consent, events });

  return {
    accounts: accountService({ strapi, events }),
    agents,
    autoClose: autoCloseService({ strapi }),
    callbacks: callbackReceiverService({ strapi, events, receiving }),
    callbackProcessing: callbackProcessingService({ strapi, events, receiving, consent, outbound }),
    consent,
    conversations: conversationService({ strapi, consent, agents }),
    health: healthService({ strapi, sender }),
    outbound,
    sender,
    reconciler: reconcilerService({ strapi, consent }),
    numbers: numberService({ strapi, events }),
    workstreams: workstreamService({ strapi }),
  };
};

/** The plugin's services as Strapi hands them out, for typed look-ups. */
export type PluginServices = ReturnType<typeof createPluginServices>;

const built = new WeakMap<Core.Strapi, PluginServices>();

/** This Strapi instance's services, built on first use. */
export const pluginServicesOf = (strapi: Core.Strapi): PluginServices => {
  let services = built.get(strapi);
  if (!services) {
    services = createPluginServices(strapi);
    built.set(strapi, services);
  }
  return services;
};

// Strapi's registry (`strapi.plugin('sms-channel').service(name)`) hands out the same instances.
const registered =
  <Name extends keyof PluginServices>(name: Name) =>
  ({ strapi }: { strapi: Core.Strapi }): PluginServices[Name] =>
    pluginServicesOf(strapi)[name];

export default {
  accounts: registered('accounts'),
  agents: registered('agents'),
  autoClose: registered('autoClose'),
  callbacks: registered('callbacks'),
  callbackProcessing: registered('callbackProcessing'),
  consent: registered('consent'),
  conversations: registered('conversations'),
  health: registered('health'),
  outbound: registered('outbound'),
  sender: registered('sender'),
  reconciler: registered('reconciler'),
  numbers: registered('numbers'),
  workstreams: registered('workstreams'),
} satisfies { [Name in keyof PluginServices]: unknown };
