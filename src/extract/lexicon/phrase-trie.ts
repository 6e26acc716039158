// A trie over folded token sequences: every lexicon phrase (places, titles, reporting verbs,
// crime terms…) is found in one pass over the tokens, longest and overlapping matches alike.
import type { Token } from '../text/tokens.js';

export interface PhraseMatch<T> {
  /** First token of the match. */
  start: number;
  /** One past the last token. */
  end: number;
  tag: T;
  /** The tag's type, copied: tags of different types have different shapes, and reading the
   *  type from one plain-shaped match object is what keeps the hot lookups fast. */
  t: string | undefined;
}

interface Node<T> {
  next: Map<string, Node<T>> | null;
  tags: T[] | null;
}

export class PhraseTrie<T extends { caseRule?: 'cap' | 'upper'; t?: string }> {
  private readonly root: Node<T> = { next: new Map(), tags: null };
  size = 0;

  insert(words: readonly string[], tag: T): void {
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) {
        child = { next: null, tags: null };
        node.next.set(w, child);
      }
      node = child;
    }
    (node.tags ??= []).push(tag);
    this.size++;
  }

  /** The tags of exactly this phrase, if the trie holds it. */
  lookup(words: readonly string[]): T[] | null {
    let node: Node<T> | undefined = this.root;
    for (const w of words) {
      node = node?.next?.get(w);
      if (!node) return null;
    }
    return node.tags;
  }

  /** Every phrase that starts at each token, in token order, longest first per start. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[][] {
    const out: PhraseMatch<T>[][] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.next!.get(tokens[i]!.norm);
      if (!node) { out[i] = NONE as unknown as PhraseMatch<T>[]; continue; }
      const found: PhraseMatch<T>[] = [];
      let j = i;
      while (node) {
        if (node.tags) {
          for (const tag of node.tags) if (caseOk(tag, tokens[i]!)) found.push({ start: i, end: j + 1, tag, t: tag.t });
        }
        j++;
        if (!node.next || j >= tokens.length || tokens[j]!.sentence !== tokens[i]!.sentence) break;
        node = node.next.get(tokens[j]!.norm);
      }
      found.reverse();
      out[i] = found;
    }
    return out;
  }
}

const NONE: readonly PhraseMatch<never>[] = Object.freeze([]);

function caseOk(tag: { caseRule?: 'cap' | 'upper' }, first: Token): boolean {
  if (!tag.caseRule) return true;
  if (tag.caseRule === 'upper') return first.shape === 'upper';
  return first.shape === 'cap' || first.shape === 'upper';
}
