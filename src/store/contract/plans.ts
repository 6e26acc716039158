// Hand-built document plans for the store contract tests: the store is tested on its own,
// without kb deciding anything.
import { createHash } from 'node:crypto';
import type { DocEntityPlan, DocumentPlan, EntityTarget, NewEntity, SpanQuote } from '../document-plan.js';

export function span(text: string, words: string, from = 0): SpanQuote {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`test fixture: "${words}" is not in the text`);
  return { start, end: start + words.length, quote: words };
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newEntity(ref: string, kind: string, name: string, extra: Partial<NewEntity> = {}): NewEntity {
  return {
    ref, kind, name, country: null, orgType: null, keys: [`x:${name.toLowerCase()}`],
    names: [{ name, folded: name.toLowerCase() }], roles: [], ...extra,
  };
}

export function docEntity(text: string, localId: string, entity: EntityTarget, kind: string, name: string, extra: Partial<DocEntityPlan> = {}): DocEntityPlan {
  const first = span(text, name);
  return {
    localId, entity, assignedBy: 'resolver', resolution: 'id' in entity ? 'exact' : 'new', kind, name, aliases: [],
    country: null, orgType: null, count: null, description: null, mentions: [{ start: first.start, end: first.end }],
    positions: [], parties: [], firstMention: first, ...extra,
  };
}

export const TEXT_A = 'Two sources said Governor Lucía Ferrer Montes of Tamarindo took bribes from the Golfo Norte cartel. '
  + 'Ferrer, of the Partido Azul, denied the claims. Federal agents arrested her aide Bruno Salas in March 2025.';

/** Governor Ferrer, her party, a cartel, a place and an aide: one allegation, one denial, one arrest. */
export function planA(version = 'test-1', text = TEXT_A): DocumentPlan {
  return {
    document: {
      contentHash: hashOf(text), sourceId: 'a-1', url: 'https://example.org/a', title: 'Governor accused of cartel bribes',
      outlet: 'Example Post', published: '2025-04-02', language: 'en', format: 'text', text,
    },
    replaces: null,
    extractorVersion: version,
    newEntities: [
      newEntity('p1', 'person', 'Lucía Ferrer Montes', { country: 'MX', keys: ['p:lucia|ferrer', 's:ferrer'], roles: [{ title: 'governor', jurisdiction: 'tamarindo' }],
        names: [{ name: 'Lucía Ferrer Montes', folded: 'lucia ferrer montes' }, { name: 'Ferrer', folded: 'ferrer' }] }),
      newEntity('o1', 'organization', 'Partido Azul', { orgType: 'political_party' }),
      newEntity('o2', 'organization', 'Golfo Norte cartel', { orgType: 'criminal_group' }),
      newEntity('l1', 'place', 'Tamarindo'),
      newEntity('p2', 'person', 'Bruno Salas', { keys: ['p:bruno|salas'] }),
    ],
    indexAdditions: [],
    docEntities: [
      docEntity(text, 'e1', { ref: 'p1' }, 'person', 'Lucía Ferrer Montes', {
        aliases: ['Ferrer'], country: 'MX', positions: [{ title: 'governor', jurisdiction: 'Tamarindo', status: 'current' }], parties: ['e2'],
      }),
      docEntity(text, 'e2', { ref: 'o1' }, 'organization', 'Partido Azul', { orgType: 'political_party' }),
      docEntity(text, 'e3', { ref: 'o2' }, 'organization', 'Golfo Norte cartel', { orgType: 'criminal_group' }),
      docEntity(text, 'e4', { ref: 'l1' }, 'place', 'Tamarindo'),
      docEntity(text, 'e5', { ref: 'p2' }, 'person', 'Bruno Salas'),
      docEntity(text, 'e6', { ref: 'p1' }, 'person', 'Ferrer'),
    ],
    allegations: [{
      localId: 'a1', subjects: ['e1'], category: 'corruption', verification: 'unverified',
      sources: [{ kind: 'anonymous', count: 2, description: 'two sources' }], span: span(text, 'Two sources said Governor Lucía Ferrer Montes of Tamarindo took bribes from the Golfo Norte cartel'),
    }, {
      localId: 'a2', subjects: ['e1'], category: 'organized_crime', verification: 'unverified',
      sources: [{ kind: 'anonymous', count: 2, description: 'two sources' }], span: span(text, 'took bribes from the Golfo Norte cartel'),
    }],
    responses: [{ localId: 'r1', by: 'e1', stance: 'denies', allegations: ['a1', 'a2'], span: span(text, 'Ferrer, of the Partido Azul, denied the claims') }],
    events: [{ localId: 'v1', kind: 'arrest', actors: [], targets: ['e5'], count: null, date: '2025-03', place: 'e4', span: span(text, 'Federal agents arrested her aide Bruno Salas in March 2025') }],
    candidates: [],
  };
}

export const TEXT_B = 'Prosecutors in Tamarindo charged former governor Lucía Ferrer with embezzlement, court filings show. '
  + 'Her lawyer did not respond to requests for comment. Senator Tomás Ibarra called the case political.';

/** A later report on the same governor (an existing entity), a prosecutors' group and a senator. */
export function planB(ferrerId: number, placeId: number, version = 'test-1'): DocumentPlan {
  const text = TEXT_B;
  return {
    document: {
      contentHash: hashOf(text), sourceId: null, url: null, title: 'Former governor charged', outlet: null,
      published: '2025-06-10', language: 'en', format: 'text', text,
    },
    replaces: null,
    extractorVersion: version,
    newEntities: [
      newEntity('g1', 'group', 'Prosecutors in Tamarindo'),
      newEntity('p3', 'person', 'Tomás Ibarra', { country: 'MX', keys: ['p:tomas|ibarra'], roles: [{ title: 'senator', jurisdiction: '' }] }),
    ],
    indexAdditions: [{ entityId: ferrerId, keys: ['p:lucia|ferrer'], names: [{ name: 'Lucía Ferrer', folded: 'lucia ferrer' }], roles: [{ title: 'governor', jurisdiction: 'tamarindo' }] }],
    docEntities: [
      docEntity(text, 'e1', { id: ferrerId }, 'person', 'Lucía Ferrer', { positions: [{ title: 'governor', jurisdiction: 'Tamarindo', status: 'former' }] }),
      docEntity(text, 'e2', { ref: 'g1' }, 'group', 'Prosecutors in Tamarindo', { description: 'prosecutors' }),
      docEntity(text, 'e3', { id: placeId }, 'place', 'Tamarindo'),
      docEntity(text, 'e4', { ref: 'p3' }, 'person', 'Tomás Ibarra', { positions: [{ title: 'senator', jurisdiction: null, status: 'current' }] }),
    ],
    allegations: [{
      localId: 'a1', subjects: ['e1'], category: 'corruption', verification: 'unstated',
      sources: [{ kind: 'named', entity: 'e2', description: 'prosecutors' }, { kind: 'document', description: 'court filings' }],
      span: span(text, 'Prosecutors in Tamarindo charged former governor Lucía Ferrer with embezzlement, court filings show'),
    }],
    responses: [{ localId: 'r1', by: 'e1', stance: 'no_response', allegations: [], span: span(text, 'Her lawyer did not respond to requests for comment') }],
    events: [{ localId: 'v1', kind: 'charge', actors: ['e2'], targets: ['e1'], count: null, date: null, place: null, span: span(text, 'Prosecutors in Tamarindo charged former governor Lucía Ferrer') }],
    candidates: [{ entity: { ref: 'p3' }, candidateId: ferrerId, level: 'test', score: 0.1, reason: 'contract test candidate' }],
  };
}
