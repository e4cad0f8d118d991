import type { Agent } from '../api/conversations';

/** "First Last", else the e-mail: how the inbox names an admin user. */
const agentName = (agent: Agent): string =>
  [agent.firstname, agent.lastname].filter(Boolean).join(' ') || agent.email || `#${agent.id}`;

export { agentName };
