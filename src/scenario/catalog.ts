/** The source catalog: one YAML file per source document under seeds/, with the excerpts scenarios quote. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from './diagnostics.js';
import { SEEDS_DIR } from './locations.js';
import { isoDate, slug } from './fields.js';
import { zodDiagnostics } from './zodIssues.js';
import { parseYaml } from './yamlFile.js';

export const sourceSchema = z.strictObject({
  id: slug,
  outlet: z.string().min(1),
  headline: z.string().min(1),
  author: z.string().optional(),
  date: isoDate,
  seed: z
    .string()
    .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
    .optional()
    .describe('the seed article file, for the five seed documents'),
  url: z.url().optional(),
  document: z
    .string()
    .optional()
    .describe('a document name where there is no headline URL, e.g. a press release number'),
  excerpts: z.array(z.string().min(1)).min(1),
});

export type Source = z.infer<typeof sourceSchema> & { readonly file: string };

export interface Catalog {
  readonly sources: ReadonlyMap<string, Source>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Text compared the way a reader would: runs of white space are one space, and curly quotes,
 * apostrophes and backticks count as their straight forms.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` is word for word inside `text`, white space and quote marks aside. */
export function quotedIn(quote: string, text: string): boolean {
  return normalizeText(text).includes(normalizeText(quote));
}

export function loadCatalog(dir: string = SEEDS_DIR): Catalog {
  const sources = new Map<string, Source>();
  const diagnostics: Diagnostic[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path);
    const parsed = parseYaml(shown, readFileSync(path, 'utf8'));
    diagnostics.push(...parsed.errors);
    if (parsed.errors.length) continue;
    const result = sourceSchema.safeParse(parsed.data);
    if (!result.success) {
      diagnostics.push(...zodDiagnostics(result.error, parsed, [], sourceSchema));
      continue;
    }
    const earlier = sources.get(result.data.id);
    if (earlier) {
      diagnostics.push({
        ...parsed.positionOf(['id']),
        message: `duplicate source id "${result.data.id}"`,
        hint: `also in ${earlier.file}`,
      });
      continue;
    }
    sources.set(result.data.id, { ...result.data, file: shown });
  }
  return { sources, diagnostics };
}
