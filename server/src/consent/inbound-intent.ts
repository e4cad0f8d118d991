import type { TeleSignInboundAction } from '../telesign/types';
import { classifyKeyword, foldKeywordText, type ConsentKeyword } from './keywords';

const ACTION_INTENTS: Record<Exclude<TeleSignInboundAction, 'generic'>, ConsentKeyword['action']> = {
  stop: 'opt-out',
  start: 'opt-in',
  help: 'help',
};

/**
 * What an inbound SMS asks for, consent-wise, from the plugin's keyword rules and TeleSign's own
 * keyword handling (`user_response.action`, present only when the account enables it).
 *
 * TeleSign decides on the first word alone, so its action is trusted for a message that is just
 * that word (it knows keywords the plugin's lists lack, like "aide" or "contact"). For a longer
 * message ("stop by tomorrow", "end of the day is fine") a TeleSign "stop" only flags the
 * conversation for an agent: acting on it would opt out customers who asked for nothing of the sort.
 */
export const resolveConsentIntent = (text: string, action?: TeleSignInboundAction): ConsentKeyword | null => {
  const ours = classifyKeyword(text);
  if (ours) return ours;
  if (!action || action === 'generic') return null;
  const folded = foldKeywordText(text);
  if (folded === '') return null;
  const words = folded.split(' ');
  if (words.length === 1) return { action: ACTION_INTENTS[action], keyword: folded };
  return action === 'stop' ? { action: 'possible-opt-out', keyword: words[0] } : null;
};
