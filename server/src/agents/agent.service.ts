import type { Core } from '@strapi/strapi';
import { createAgentDirectory } from './agent-directory';

/** Who may be given conversations: admin users whose roles grant inbox-reply. */
export const agentService = ({ strapi }: { strapi: Core.Strapi }) => createAgentDirectory(strapi);

export type AgentService = ReturnType<typeof agentService>;
