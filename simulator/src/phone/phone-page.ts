import path from 'node:path';
import { buildInlinePage } from '../inline-page';

/** The "customer phone" page, built once; each request fills in the business numbers. */

export interface PhonePageData {
  businessNumbers: string[];
}

/** JSON inlined in a `<script>` must not contain `<` at all. */
const escapeJson = (json: string): string => json.replace(/</g, '\\u003c');

export const loadPhonePage = (): ((data: PhonePageData) => string) => {
  const page = buildInlinePage(
    path.join(__dirname, 'phone-page.html'),
    path.join(__dirname, 'phone-page.client.ts'),
  );
  return (data) => page.replace('{{config}}', () => escapeJson(JSON.stringify(data)));
};
