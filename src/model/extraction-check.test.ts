import { describe, expect, it } from 'vitest';
import { extractionProblem } from './extraction-check.js';
import { Extraction } from './extraction.js';

const text = 'Governor Ana Ruiz denied the report.';
function valid() {
  return {
    schema: 'dossier.extraction/v1',
    document: { language: 'en', title: null, outlet: null, published: '2025-04' },
    entities: [{
      id: 'e1', kind: 'person', name: 'Ana Ruiz', aliases: [], orgType: null, country: 'MX',
      positions: [{ title: 'governor', jurisdiction: null, status: 'current' }], parties: [],
      count: null, description: null, mentions: [{ start: 9, end: 17 }],
    }],
    allegations: [{ id: 'a1', subjects: ['e1'], category: 'organized_crime', sources: [{ kind: 'outlet', description: 'the outlet' }], verification: 'unstated', span: { start: 0, end: 36 } }],
    responses: [{ id: 'r1', by: 'e1', stance: 'denies', allegations: ['a1'], span: { start: 0, end: 36 } }],
    events: [],
  };
}

describe('extractionProblem', () => {
  it('accepts what the zod schema accepts', () => {
    expect(Extraction.safeParse(valid()).success).toBe(true);
    expect(extractionProblem(valid(), text.length)).toBeNull();
  });

  it('names the path of a value outside the format', () => {
    const x = valid();
    x.entities[0]!.kind = 'alien';
    expect(extractionProblem(x, text.length)).toMatch(/^entities\.0\.kind: /);
    const y = valid();
    y.entities[0]!.country = 'Mexico';
    expect(extractionProblem(y, text.length)).toMatch(/^entities\.0\.country: /);
    const z = valid() as Record<string, unknown>;
    delete z.events;
    expect(extractionProblem(z, text.length)).toMatch(/events/);
  });

  it('rejects empty, reversed and out-of-text spans', () => {
    const x = valid();
    x.allegations[0]!.span = { start: 5, end: 5 };
    expect(extractionProblem(x, text.length)).toBe('allegations.0.span: span end must be after start');
    const y = valid();
    y.responses[0]!.span = { start: 0, end: 99 };
    expect(extractionProblem(y, text.length)).toMatch(/^responses\.0\.span: span 0-99 past the end of the text \(36\)/);
  });

  it('rejects references to entities or allegations that are not in the result', () => {
    const x = valid();
    x.allegations[0]!.subjects = ['e9'];
    expect(extractionProblem(x, text.length)).toBe('allegations.0.subjects.0: unknown entity id e9');
    const y = valid();
    y.responses[0]!.allegations = ['a7'];
    expect(extractionProblem(y, text.length)).toBe('responses.0.allegations.0: unknown allegation id a7');
  });
});
