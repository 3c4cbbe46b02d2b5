import { describe, expect, it } from 'vitest';
import { enTexts as en, frTexts as fr } from './bundles';

type Tree = { [key: string]: string | Tree };

/** Flattens nested translations into "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, text] of flatten(value, path)) entries.set(childPath, text);
  }
  return entries;
}

/** Sorted distinct matches of a pattern, to compare placeholders and markup between languages. */
function tokens(text: string, pattern: RegExp): string[] {
  return [...new Set(text.match(pattern) ?? [])].sort();
}

const languages = { fr: flatten(fr as Tree), en: flatten(en as Tree) };

describe('translation files', () => {
  it('have exactly the same keys in French and English', () => {
    const frKeys = [...languages.fr.keys()].sort();
    const enKeys = [...languages.en.keys()].sort();
    expect(enKeys.filter((key) => !languages.fr.has(key))).toEqual([]);
    expect(frKeys.filter((key) => !languages.en.has(key))).toEqual([]);
  });

  it.each(Object.entries(languages))('have no empty value in %s', (_language, entries) => {
    const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} and <tags> in both languages', () => {
    const mismatches = [...languages.fr].flatMap(([key, frText]) => {
      const enText = languages.en.get(key) ?? '';
      const pattern = /\{\{\s*[\w.]+\s*\}\}|<\/?\w+>/g;
      const same =
        JSON.stringify(tokens(frText, pattern)) === JSON.stringify(tokens(enText, pattern));
      return same ? [] : [key];
    });
    expect(mismatches).toEqual([]);
  });
});
