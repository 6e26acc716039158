// Whatever the text, the pipeline returns a valid extraction or a DossierError: never a crash.
// Variants of the fixtures (cut, shuffled, re-cased, stripped of punctuation) stand in for the
// odd inputs real feeds send.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../errors.js';
import { Extraction } from '../model/extraction.js';
import { extractText } from './pipeline.js';

const dir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'articles');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ lang: f.startsWith('es-') ? 'es' as const : 'en' as const, text: readFileSync(join(dir, f), 'utf8') }));

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function variants(text: string, random: () => number): string[] {
  const words = text.split(/(\s+)/);
  const cut = text.slice(Math.floor(random() * text.length / 2), Math.floor(text.length / 2 + random() * text.length / 2));
  const shuffled = text.split(/(?<=[.!?])\s+/).sort(() => random() - 0.5).join(' ');
  const dropped = words.filter(() => random() > 0.15).join('');
  return [cut, shuffled, dropped, text.toUpperCase(), text.toLowerCase(), text.replace(/[.,;:"“”()]/g, ''), `${text}\n\n${text}`, text.replace(/\s+/g, ' ')];
}

describe('extraction robustness', () => {
  it('returns a valid extraction for every variant of every fixture', () => {
    const random = rng(20261128);
    let runs = 0;
    for (const { lang, text } of texts) {
      for (const variant of variants(text, random)) {
        if (!variant.trim()) continue;
        try {
          const { extraction } = extractText(variant, { lang });
          expect(Extraction.safeParse(extraction).success).toBe(true);
        } catch (err) {
          // Only our own error family may come out, and never "internal".
          expect(err).toBeInstanceOf(DossierError);
          expect((err as DossierError).code).not.toBe('internal');
        }
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(40);
  });
});
