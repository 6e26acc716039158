// RSS 2.0, RSS 1.0 (RDF) and Atom feed files to documents: each item's full content (or its
// summary) with its title, link, date and the feed's title as the outlet.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoDay } from '../../model/ingest-record.js';
import type { IngestInput } from './ingest-document.js';
import { DossierError } from '../../errors.js';

export type FeedItem = { input: IngestInput } | { failure: string; label: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  htmlEntities: true,
  // Feeds are small documents; entity expansion stays bounded by the library's own limits.
  processEntities: true,
});

type Node = Record<string, unknown>;

function text(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
}

/** True when the start of a file looks like an RSS, RDF or Atom feed. */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(head.slice(0, 4000));
}

function atomLink(v: unknown): string | null {
  const links = (Array.isArray(v) ? v : [v]).filter(Boolean) as (Node | string)[];
  const href = (l: Node | string) => (typeof l === 'string' ? l : String(l['@_href'] ?? ''));
  const alt = links.find((l) => typeof l !== 'string' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate'));
  const pick = alt ?? links[0];
  return pick ? href(pick) || null : null;
}

export function parseFeed(xml: string, label: string): FeedItem[] {
  // The parser itself is lenient; a truncated download must be reported, not half-read.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DossierError('invalid_input', `${label} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new DossierError('invalid_input', `${label} is not well-formed XML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) ?? {}) as Node;
    const items = ((channel.item ?? rdf?.item ?? []) as Node[]);
    const outlet = text(channel.title) || null;
    return items.map((it, i) => toItem(`${label} item ${i + 1}`, {
      title: text(it.title), url: text(it.link) || null, id: text(it.guid) || null,
      date: text(it.pubDate) || text(it['dc:date']), body: text(it['content:encoded']) || text(it.description), outlet,
    }));
  }
  if (atom) {
    const outlet = text(atom.title) || null;
    return ((atom.entry ?? []) as Node[]).map((it, i) => toItem(`${label} entry ${i + 1}`, {
      title: text(it.title), url: atomLink(it.link), id: text(it.id) || null,
      date: text(it.published) || text(it.updated), body: text(it.content) || text(it.summary), outlet,
    }));
  }
  throw new DossierError('invalid_input', `${label} is XML but not an RSS or Atom feed`);
}

function toItem(label: string, f: { title: string; url: string | null; id: string | null; date: string; body: string; outlet: string | null }): FeedItem {
  if (!f.body) return { label, failure: 'the feed item has no text (only a title or a link)' };
  const html = /<\/?(p|div|br|span|a|em|strong|b|i|h[1-6]|ul|li|blockquote)\b[^>]*>/i.test(f.body);
  return {
    input: {
      label, raw: html ? `<html><head><title>${escapeHtml(f.title)}</title></head><body><article>${f.body}</article></body></html>` : f.body,
      format: html ? 'html' : 'text', title: f.title || null, outlet: f.outlet, published: isoDay(f.date), url: f.url, sourceId: f.id ?? f.url,
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
