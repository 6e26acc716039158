import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { PhraseTrie } from './phrase-trie.js';

interface T { caseRule?: 'cap' | 'upper'; id: string }

function trie(entries: [string[], T][]): PhraseTrie<T> {
  const t = new PhraseTrie<T>();
  for (const [words, tag] of entries) t.insert(words, tag);
  return t;
}

describe('PhraseTrie', () => {
  it('finds overlapping phrases at each token, longest first', () => {
    const t = trie([[['attorney', 'general'], { id: 'title' }], [['attorney', 'general', "'s", 'office'], { id: 'org' }], [['general'], { id: 'rank' }]]);
    const { tokens } = tokenize("the Attorney General's Office said");
    const found = t.matchAll(tokens);
    expect(found[1]!.map((m) => [m.tag.id, m.end - m.start])).toEqual([['org', 4], ['title', 2]]);
    expect(found[2]!.map((m) => m.tag.id)).toEqual(['rank']);
    expect(found[0]).toEqual([]);
  });
  it('applies case rules: acronyms only in capitals, names only capitalised', () => {
    const t = trie([[['us'], { id: 'US', caseRule: 'upper' }], [['reforma'], { id: 'Reforma', caseRule: 'cap' }]]);
    const { tokens } = tokenize('Tell us. The US said. La reforma y Reforma.');
    const ids = t.matchAll(tokens).flatMap((ms, i) => ms.map((m) => `${m.tag.id}@${tokens[i]!.text}`));
    expect(ids).toEqual(['US@US', 'Reforma@Reforma']);
  });
  it('never matches across a sentence boundary', () => {
    const t = trie([[['mexico', 'city'], { id: 'city' }]]);
    const { tokens } = tokenize('He flew to Mexico.\nCity officials met him.');
    expect(t.matchAll(tokens).flat()).toEqual([]);
  });
});
