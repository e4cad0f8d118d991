import { accountService } from '../accounts/account.service';
import { callbackReceiverService } from '../callbacks/callback-receiver.service';

const services = {
  accounts: accountService,
  callbacks: callbackReceiverService,
};

export default services;

/** The plugin's services as Strapi instantiates them, for typed look-ups. */
export type PluginServices = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };
