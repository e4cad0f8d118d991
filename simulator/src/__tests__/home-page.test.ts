import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSimulator } from '../server';
import { httpRequest } from './support/http-client';
import { startTestSimulator } from './support/simulator';

/** The root URL the banners print is a page linking the simulator's pages and APIs. */

describe('GET /', () => {
  let simulator: RunningSimulator;

  it('links the phone, the support page and the control API, and loads nothing else', async () => {
    simulator = await startTestSimulator();
    const answer = await httpRequest(`${simulator.url}/`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    const links = [...answer.text.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(expect.arrayContaining(['/phone', '/support', '/_sim/health', '/_sim/customers']));
    for (const link of links.filter((href) => href.startsWith('/_sim/'))) {
      expect((await httpRequest(`${simulator.url}${link}`)).status).toBe(200);
    }
    expect(answer.text).not.toMatch(/<script|<link|<img|(src|href)="https?:/);
    expect(answer.text).toContain('A restart forgets callback URLs');
    await simulator.close();
  });

  it('names the state file that keeps them', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-<home>-'));
    try {
      simulator = await startTestSimulator({ stateFile: path.join(directory, 'state.json') });
      const answer = await httpRequest(`${simulator.url}/`);
      const shown = directory.replace('<', '&#60;').replace('>', '&#62;');
      expect(answer.text).toContain(`kept in <code>${shown}/state.json</code>`);
    } finally {
      await simulator.close();
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
