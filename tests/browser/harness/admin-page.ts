import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../harness/paths';
import type { AdminCredentials } from './admin-api';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, '.tmp', 'screenshots');

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

export const screenshot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
};
