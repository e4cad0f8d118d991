import path from 'node:path';
import { buildInlinePage } from '../inline-page';

/**
 * The "TeleSign support (simulated)" page, built like the phone page. It has no per-request data:
 * its client reads the accounts itself.
 */
export const loadSupportPage = (): string =>
  buildInlinePage(path.join(__dirname, 'support-page.html'), path.join(__dirname, 'support-page.client.ts'));
