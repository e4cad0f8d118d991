import { createHash } from 'node:crypto';
import type { RunningSimulator } from '../server';
import { httpRequest } from './support/http-client';
import { startTestSimulator } from './support/simulator';

/** The support page is one self-contained HTML document with its script transpiled inline. */

describe('GET /support', () => {
  let simulator: RunningSimulator;
  let html: string;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    const answer = await httpRequest(simulator.supportUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    html = answer.text;
  });
  afterAll(() => simulator.close());

  it('loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link|<img|(src|href)="https?:/);
    expect(html).toContain("default-src 'none'; connect-src 'self'");
  });

  it('inlines the client as JavaScript, allowed by its hash only', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain("addEventListener('submit'");
    expect(script).not.toMatch(/interface |: HTMLInputElement|as Account/);
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(script).not.toContain('innerHTML');
  });
});
