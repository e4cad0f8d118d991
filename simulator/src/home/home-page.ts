import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The simulator's root page: links to its pages and APIs, and whether a restart keeps its state. */

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export const loadHomePage = (stateFile: string | undefined): string => {
  const template = readFileSync(path.join(__dirname, 'home-page.html'), 'utf8');
  const persistence = stateFile
    ? `Callback URLs and the phones’ history are kept in <code>${escapeHtml(stateFile)}</code> across restarts.`
    : 'A restart forgets callback URLs and the phones’ history.';
  return template.replace('{{stateFile}}', () => persistence);
};
