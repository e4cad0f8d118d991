import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Builds the self-contained "customer phone" page: the HTML template with the TypeScript client
 * transpiled once (at simulator start) and inlined, allowed by its hash in the page's CSP.
 */

export interface PhonePageData {
  businessNumbers: string[];
}

/** Inline `<script>` content must not contain `</script`, and JSON must not contain `<` at all. */
const escapeScript = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');
const escapeJson = (json: string): string => json.replace(/</g, '\\u003c');

export const loadPhonePage = (): ((data: PhonePageData) => string) => {
  const template = readFileSync(path.join(__dirname, 'phone-page.html'), 'utf8');
  const source = readFileSync(path.join(__dirname, 'phone-page.client.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
    fileName: 'phone-page.client.ts',
  });
  const script = escapeScript(outputText);
  const scriptHash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  const page = template.replace('{{scriptHash}}', () => scriptHash).replace('{{script}}', () => script);

  return (data) => page.replace('{{config}}', () => escapeJson(JSON.stringify(data)));
};
