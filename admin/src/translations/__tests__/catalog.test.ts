import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { argumentNames } from '../../../../shared/contracts/errors/message-format';
import en from '../en.json';
import ko from '../ko.json';

const SOURCE_ROOT = join(__dirname, '..', '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === '__tests__' ? [] : sourceFiles(path);
    }
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/** Every message descriptor id (`id: getTranslation(...)`) in the admin sources, with its file. */
const descriptorIds = sourceFiles(SOURCE_ROOT).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\bid: getTranslation\(([^)]*)\)/g)].map((match) => ({
    file: relative(SOURCE_ROOT, file),
    argument: match[1],
  })),
);

const usedKeys = new Set(descriptorIds.map(({ argument }) => argument.slice(1, -1)));

describe('admin translations', () => {
  it('finds the descriptors it checks', () => {
    expect(descriptorIds.length).toBeGreaterThan(20);
  });

  it('uses only literal keys, so this test can see every one', () => {
    expect(descriptorIds.filter(({ argument }) => !/^'[a-zA-Z0-9.-]+'$/.test(argument))).toEqual([]);
  });

  it('has an English message for every key the sources use', () => {
    expect([...usedKeys].filter((key) => !(key in en))).toEqual([]);
  });

  it('has no English message that nothing uses', () => {
    // Server error messages are looked up by their code (errors.test.ts checks them).
    expect(Object.keys(en).filter((key) => !usedKeys.has(key) && !key.startsWith('error.'))).toEqual([]);
  });

  it('translates exactly the English keys into Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps the ICU placeholders of each English message in its Korean translation', () => {
    const placeholders = argumentNames;
    const english: Record<string, string> = en;
    const korean: Record<string, string> = ko;

    expect(
      Object.keys(english).filter(
        (key) => placeholders(english[key]).join() !== placeholders(korean[key] ?? '').join(),
      ),
    ).toEqual([]);
  });
});
