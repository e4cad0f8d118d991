import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium: playwright-core drives it; no browser is ever downloaded. */
export const findChromium = (): string | null =>
  CANDIDATES.find(
    (candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate as string),
  ) ?? null;

export const launchChromium = async (): Promise<Browser> => {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The machine has no outside network: keep Chromium from trying to reach Google's services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};
