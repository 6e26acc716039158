// An article with every extracted span marked by type: entity mentions, allegations,
// responses, events. The text is rendered as text (React escapes it): markup or script in
// an article shows as the characters it is made of and never runs.
import { useMemo } from 'react';
import type { ExtractionView } from '../api/types.js';
import { categoryLabel, eventLabel, stanceLabel } from '../format.js';

interface Mark {
  start: number;
  end: number;
  type: 'entity' | 'allegation' | 'response' | 'event' | 'focus';
  id: string;
  cls: string;
  title: string;
}

function marksOf(x: ExtractionView, focusSpan: { start: number; end: number } | null): Mark[] {
  const marks: Mark[] = [];
  for (const e of x.entities) {
    for (const m of e.mentions) marks.push({ ...m, type: 'entity', id: e.localId, cls: `hl-entity hl-${e.kind}`, title: `${e.kind}: ${e.name}` });
  }
  for (const a of x.allegations) marks.push({ ...a.span, type: 'allegation', id: a.localId, cls: 'hl-allegation', title: `allegation ${a.localId}: ${categoryLabel(a.category)}` });
  for (const r of x.responses) marks.push({ ...r.span, type: 'response', id: r.localId, cls: 'hl-response', title: `response ${r.localId}: ${stanceLabel(r.stance)}` });
  for (const v of x.events) marks.push({ ...v.span, type: 'event', id: v.localId, cls: 'hl-event', title: `event ${v.localId}: ${eventLabel(v.kind)}` });
  if (focusSpan) marks.push({ ...focusSpan, type: 'focus', id: 'span', cls: 'hl-focus', title: 'the words this fact comes from' });
  return marks;
}

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

function segmentsOf(length: number, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(length, m.start)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

export function HighlightedText({ text, extraction, focus }: { text: string; extraction: ExtractionView; focus: string | null }) {
  const focusSpan = useMemo(() => {
    const m = focus ? /^span=(\d+)-(\d+)$/.exec(focus) : null;
    return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
  }, [focus]);
  const segments = useMemo(() => segmentsOf(text.length, marksOf(extraction, focusSpan)), [text, extraction, focusSpan]);
  const anchored = new Set<string>();
  return (
    <div className="article-text" data-testid="article-text">
      {segments.map((s) => {
        const words = text.slice(s.start, s.end);
        // Each item's first words carry an empty anchor element to scroll to.
        const anchors = s.marks.filter((m) => m.start === s.start && !anchored.has(m.id)).map((m) => {
          anchored.add(m.id);
          return <span key={`anchor-${m.id}`} id={`item-${m.id}`} className="anchor" />;
        });
        if (s.marks.length === 0) return words;
        const items = s.marks.filter((m) => m.type !== 'entity');
        const focused = s.marks.some((m) => m.id === focus || m.type === 'focus');
        const cls = [...new Set(s.marks.map((m) => m.cls))].join(' ') + (focused ? ' focused' : '');
        const title = s.marks.map((m) => m.title).join('; ');
        const Tag = items.length ? 'mark' : 'span';
        return (
          <span key={s.start}>
            {anchors}
            <Tag className={cls} title={title} data-items={s.marks.map((m) => m.id).join(' ')}>{words}</Tag>
          </span>
        );
      })}
    </div>
  );
}

export function HighlightLegend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      <li><span className="hl-allegation">allegation</span></li>
      <li><span className="hl-response">response</span></li>
      <li><span className="hl-event">event</span></li>
      <li><span className="hl-entity hl-person">person</span></li>
      <li><span className="hl-entity hl-organization">organization</span></li>
      <li><span className="hl-entity hl-group">group</span></li>
      <li><span className="hl-entity hl-place">place</span></li>
    </ul>
  );
}
