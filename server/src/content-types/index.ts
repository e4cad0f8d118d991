import account from './account';
import callbackEvent from './callback-event';
import consent from './consent';
import conversation from './conversation';
import message from './message';
import number from './number';
import workstream from './workstream';

/** Keys equal each schema's `info.singularName`, as Strapi requires. */
export default {
  account,
  number,
  workstream,
  conversation,
  message,
  consent,
  'callback-event': callbackEvent,
};
