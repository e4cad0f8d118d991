import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../harness/paths';
import type { AdminCredentials } from './admin-api';

/** `.tmp/screenshots`, or SMS_SCREENSHOT_DIR (`npm run screenshots` writes the README's into docs/). */
export const SCREENSHOT_DIR = path.resolve(
  REPO_ROOT,
  process.env.SMS_SCREENSHOT_DIR ?? path.join('.tmp', 'screenshots'),
);

/** The part of the browser's `Animation` the screenshot helper reads. */
interface BrowserAnimation {
  playState: string;
  effect: { getComputedTiming(): { iterations?: number } } | null;
}

/** Logs in through Strapi's own login form, as a person does. */
export const logIn = async (
  browser: Browser,
  baseUrl: string,
  credentials: AdminCredentials,
): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(credentials.email);
  await page.getByLabel(/password/i).fill(credentials.password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'), { timeout: 60_000 });
  return page;
};

/**
 * A full-page screenshot once dialogs and toasts have finished animating, without Strapi's own
 * "new Media Library" banner over the page.
 */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  const banner = page.getByRole('button', { name: /^Close the banner/ });
  if ((await banner.count()) > 0) await banner.click();
  await page.waitForFunction(() => {
    // Typed by hand: this file is type-checked without the DOM library.
    const { document } = globalThis as unknown as { document: { getAnimations(): BrowserAnimation[] } };
    return document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      );
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
};
