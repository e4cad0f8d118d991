import { createHash } from 'node:crypto';
import type { RunningSimulator } from '../server';
import { httpRequest } from './support/http-client';
import { DEFAULT_CUSTOMER, startTestSimulator } from './support/simulator';

/** The customer phone page is one self-contained HTML document with its script transpiled inline. */

describe('GET /phone', () => {
  let simulator: RunningSimulator;
  let html: string;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    const answer = await httpRequest(simulator.phoneUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    html = answer.text;
  });
  afterAll(() => simulator.close());

  it('loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link|<img|https?:\/\//);
  });

  it('inlines the client as JavaScript, allowed by its hash only', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain("addEventListener('submit'");
    expect(script).not.toMatch(/interface |: HTMLInputElement|as PhoneConfig/);
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(script).not.toContain('innerHTML');
  });

  it('prefills the business numbers from the customers', () => {
    const config =
      /<script type="application\/json" id="phone-config">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(config)).toEqual({ businessNumbers: DEFAULT_CUSTOMER.numbers });
  });
});
