import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Inline `<script>` content must not contain `</script`. */
const escapeScript = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');

/**
 * A self-contained page of the simulator: its HTML template with its TypeScript client transpiled
 * once (at simulator start) and inlined, allowed by its hash in the page's CSP (`{{scriptHash}}`).
 */
export const buildInlinePage = (templateFile: string, clientFile: string): string => {
  const template = readFileSync(templateFile, 'utf8');
  const { outputText } = ts.transpileModule(readFileSync(clientFile, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
    fileName: clientFile,
  });
  const script = escapeScript(outputText);
  const scriptHash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  return template.replace('{{scriptHash}}', () => scriptHash).replace('{{script}}', () => script);
};
