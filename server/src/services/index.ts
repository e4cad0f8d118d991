import { accountService } from '../accounts/account.service';
import { agentService } from '../agents/agent.service';
import { callbackReceiverService } from '../callbacks/callback-receiver.service';
import { callbackProcessingService } from '../callbacks/processing/callback-processing.service';
import { consentService } from '../consent/consent.service';
import { autoCloseService } from '../conversations/auto-close.service';
import { conversationService } from '../conversations/conversation.service';
import { healthService } from '../health/health.service';
import { numberService } from '../numbers/number.service';
import { outboundService } from '../outbound/outbound.service';
import { reconcilerService } from '../outbound/reconciler.service';
import { senderService } from '../outbound/sender.service';
import { workstreamService } from '../workstreams/workstream.service';

const services = {
  accounts: accountService,
  agents: agentService,
  autoClose: autoCloseService,
  callbacks: callbackReceiverService,
  callbackProcessing: callbackProcessingService,
  consent: consentService,
  conversations: conversationService,
  health: healthService,
  outbound: outboundService,
  sender: senderService,
  reconciler: reconcilerService,
  numbers: numberService,
  workstreams: workstreamService,
};

export default services;

/** The plugin's services as Strapi instantiates them, for typed look-ups. */
export type PluginServices = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };
