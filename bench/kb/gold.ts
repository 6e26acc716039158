// Gold annotations (../shared/eval/dev/*.json) as extractions the knowledge base can ingest:
// quotes become spans, missing optional fields get their defaults. The resolution check uses
// them so it measures resolution, not the extractor.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SCHEMA_ID, type Extraction, type Span } from '../../src/model/extraction.js';

type Gold = Record<string, any>;

export interface GoldDocument {
  name: string;
  text: string;
  gold: Gold;
  extraction: Extraction;
}

function find(text: string, words: string | undefined): Span | null {
  if (!words) return null;
  let at = text.indexOf(words);
  if (at < 0) at = text.toLowerCase().indexOf(words.toLowerCase());
  return at < 0 ? null : { start: at, end: at + words.length };
}

/** Where a gold item's words are; the first character when the quote is paraphrased. */
function spanOf(text: string, item: Gold): Span {
  return item.span ?? find(text, item.quote) ?? { start: 0, end: 1 };
}

function mentions(text: string, e: Gold): Span[] {
  if (e.mentions?.length) return e.mentions;
  const found = [e.name, ...(e.aliases ?? [])].map((n: string) => find(text, n)).filter((s): s is Span => s !== null);
  return found.length ? found : [{ start: 0, end: 1 }];
}

export function goldToExtraction(gold: Gold, text: string): Extraction {
  return {
    schema: SCHEMA_ID,
    document: { language: gold.document?.language ?? 'en', title: gold.document?.title ?? null, outlet: gold.document?.outlet ?? null, published: gold.document?.published ?? null },
    entities: (gold.entities ?? []).map((e: Gold) => ({
      id: e.id, kind: e.kind, name: e.name, aliases: e.aliases ?? [], orgType: e.orgType ?? null, country: e.country ?? null,
      positions: (e.positions ?? []).map((p: Gold) => ({ title: p.title, jurisdiction: p.jurisdiction ?? null, status: p.status ?? 'current' })),
      parties: e.parties ?? [], count: e.count ?? null, description: e.description ?? null, mentions: mentions(text, e),
    })),
    allegations: (gold.allegations ?? []).map((a: Gold) => ({
      id: a.id, subjects: a.subjects, category: a.category, verification: a.verification ?? 'unstated', span: spanOf(text, a),
      // The format wants a source; a gold allegation without one is the outlet's own voice.
      sources: (a.sources?.length ? a.sources : [{ kind: 'outlet', description: 'the outlet' }])
        .map((s: Gold) => ({ kind: s.kind, ...(s.entity ? { entity: s.entity } : {}), count: s.count ?? null, description: s.description ?? '' })),
    })),
    responses: (gold.responses ?? []).map((r: Gold) => ({ id: r.id, by: r.by, stance: r.stance, allegations: r.allegations ?? [], span: spanOf(text, r) })),
    events: (gold.events ?? []).map((v: Gold) => ({
      id: v.id, kind: v.kind, actors: v.actors ?? [], targets: v.targets ?? [], count: v.count ?? null, date: v.date ?? null, place: v.place ?? null, span: spanOf(text, v),
    })),
  };
}

export function readGoldDir(dir: string): GoldDocument[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const name = basename(f, '.json');
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    return { name, text, gold, extraction: goldToExtraction(gold, text) };
  });
}
