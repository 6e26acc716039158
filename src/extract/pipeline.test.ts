// The whole pipeline: valid dossier.extraction/v1 for every fixture, spans that point at the
// words, and the same output for the same input.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, fixture, spanText } from '../../test/support/extraction.js';
import { Extraction } from '../model/extraction.js';
import { extractText } from './pipeline.js';
import { renderSummary } from './summary.js';

const fixtures = readdirSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'articles')).filter((f) => f.endsWith('.txt'));

describe('extraction pipeline', () => {
  it.each(fixtures)('%s: valid, spans inside the text, mentions that read as the entity', (name) => {
    const x = extract(fixture(name));
    expect(Extraction.safeParse(x).success).toBe(true);
    expect(x.document.language).toBe(name.startsWith('es-') ? 'es' : 'en');
    for (const e of x.entities) {
      for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(x.text.length);
      if (e.kind === 'person') {
        const forms = new Set([e.name, ...e.aliases].map((f) => f.toLowerCase()));
        expect(e.mentions.some((m) => forms.has(spanText(x, m).toLowerCase()))).toBe(true);
      }
    }
    for (const a of x.allegations) expect(a.sources.length).toBeGreaterThan(0);
  });
  it('gives the same result for the same input', () => {
    const text = fixture('en-governor-bribes.txt');
    expect(extractText(text).extraction).toEqual(extractText(text).extraction);
  });
  it('reads HTML input and points spans into the reduced article text', () => {
    const html = `<html><head><title>Mayor held</title></head><body><article><p>Police in Monterrey detained Mayor Sergio Lara Téllez on Friday, the state prosecutor said.</p>
      <p>Prosecutors accuse Lara of laundering money for the Gulf Cartel. Lara did not respond to requests for comment.</p></article></body></html>`;
    const { document, extraction } = extractText(html);
    expect(document.format).toBe('html');
    expect(document.text).not.toMatch(/</);
    const lara = extraction.entities.find((e) => e.name === 'Sergio Lara Téllez')!;
    expect(document.text.slice(lara.mentions[0]!.start, lara.mentions[0]!.end)).toBe('Sergio Lara Téllez');
  });
  it('summarises allegations with who says them, verification, response and words', () => {
    const { document, extraction } = extractText(fixture('en-governor-bribes.txt'));
    const text = renderSummary(extraction, document.text);
    expect(text).toMatch(/ALLEGATIONS \(\d+\) - claims, not facts/);
    expect(text).toMatch(/said by: +named: FGR/);
    expect(text).toMatch(/response: +Rodrigo Valdez Ibarra denies/);
    expect(text).toMatch(/words: +"Mexican prosecutors on Tuesday charged Rodrigo Valdez Ibarra/);
  });
});

describe('extraction pipeline: sentence openers', () => {
  it('handles a headline that opens with a reporting verb', () => {
    const x = extract('Acusan al empresario Fabián Ríos Medina de lavado de dinero\n\nLa Fiscalía acusó al empresario Fabián Ríos Medina de lavar dinero.', 'es');
    expect(x.allegations.length).toBeGreaterThan(0);
  });
});
