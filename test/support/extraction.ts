// Test helpers over extractions: run the pipeline on a snippet and look entities up by name,
// so each stage's tests read as statements about the article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../src/extract/pipeline.js';
import type { Entity, Extraction } from '../../src/model/extraction.js';

export function extract(text: string, lang: 'en' | 'es' | 'auto' = 'auto'): Extraction & { text: string } {
  const { document, extraction } = extractText(text, { lang });
  return { ...extraction, text: document.text };
}

export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', name), 'utf8');
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The entity whose name or alias is `name` (accents and case ignored), or undefined. */
export function entity(x: Extraction, name: string, kind?: Entity['kind']): Entity | undefined {
  const n = fold(name);
  return x.entities.find((e) => (!kind || e.kind === kind) && (fold(e.name) === n || e.aliases.some((al) => fold(al) === n)));
}

export function names(x: Extraction, kind: Entity['kind']): string[] {
  return x.entities.filter((e) => e.kind === kind).map((e) => e.name);
}

/** Allegations as "subject name|category" strings. */
export function allegationKeys(x: Extraction): string[] {
  const byId = new Map(x.entities.map((e) => [e.id, e.name] as const));
  return x.allegations.flatMap((a) => a.subjects.map((s) => `${byId.get(s)}|${a.category}`));
}

export function responseKeys(x: Extraction): string[] {
  const byId = new Map(x.entities.map((e) => [e.id, e.name] as const));
  return x.responses.map((r) => `${byId.get(r.by)}|${r.stance}`);
}

export function eventKeys(x: Extraction): string[] {
  const byId = new Map(x.entities.map((e) => [e.id, e.name] as const));
  return x.events.map((v) => `${v.kind}:${v.actors.map((a) => byId.get(a)).join('+')}>${v.targets.map((t) => byId.get(t)).join('+')}`);
}

export function spanText(x: { text: string }, s: { start: number; end: number }): string {
  return x.text.slice(s.start, s.end);
}
