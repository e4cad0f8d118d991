import { accountController } from './account.controller';
import { agentController } from './agent.controller';
import { callbackController } from './callback.controller';
import { conversationController } from './conversation.controller';
import { healthController } from './health.controller';
import { messageController } from './message.controller';
import { numberController } from './number.controller';
import { workstreamController } from './workstream.controller';

export default {
  account: accountController,
  agent: agentController,
  callback: callbackController,
  conversation: conversationController,
  health: healthController,
  message: messageController,
  number: numberController,
  workstream: workstreamController,
};
