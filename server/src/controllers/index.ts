import { accountController } from './account.controller';
import { callbackController } from './callback.controller';

export default {
  account: accountController,
  callback: callbackController,
};
