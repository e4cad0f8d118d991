import { compileStrapi } from '@strapi/strapi';
import { PLAYGROUND_DIR } from './paths';

/** Compiles the playground's TypeScript config once; every test file then boots from its dist. */
export default async function globalSetup(): Promise<void> {
  await compileStrapi({ appDir: PLAYGROUND_DIR });
}
