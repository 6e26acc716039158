// The side panel of a document: every allegation (as an allegation, with its sources),
// response, event and entity extracted from it; choosing one scrolls the article to its words.
import { Link } from 'react-router';
import type { ExtractionView, LocalRef } from '../api/types.js';
import { categoryLabel, eventLabel, plural, sourceKindLabel } from '../format.js';
import { StanceBadge, VerificationBadge } from './badges.js';
import { EntityLink } from './entity-link.js';

function Ref({ r }: { r: LocalRef }) {
  return <EntityLink entity={r.entity} fallback={r.name} />;
}

function Refs({ refs }: { refs: LocalRef[] }) {
  return <>{refs.map((r, i) => <span key={r.localId}>{i > 0 && ', '}<Ref r={r} /></span>)}</>;
}

function Pick({ id, focus, onPick, children }: { id: string; focus: string | null; onPick: (id: string) => void; children: React.ReactNode }) {
  return (
    <button type="button" className={`pick${focus === id ? ' picked' : ''}`} aria-pressed={focus === id} onClick={() => onPick(id)}>
      {children}
    </button>
  );
}

export function ExtractionPanel({ extraction: x, focus, onPick }: { extraction: ExtractionView; focus: string | null; onPick: (id: string) => void }) {
  const kinds = ['person', 'organization', 'group', 'place'];
  return (
    <aside className="extraction-panel" aria-label="What was extracted">
      <section>
        <h2>Allegations <span className="count">{x.allegations.length}</span></h2>
        <p className="note">Claims this report attributes to its sources; not findings.</p>
        <ul>
          {x.allegations.map((a) => (
            <li key={a.localId} className="panel-item allegation-item">
              <Pick id={a.localId} focus={focus} onPick={onPick}>Alleged {categoryLabel(a.category)}</Pick>
              <div>against <Refs refs={a.subjects} /></div>
              <div>
                per {a.sources.map((s, i) => (
                  <span key={i}>{i > 0 && '; '}{s.entity ? <Ref r={s.entity} /> : s.description}{' '}
                    <span className="muted">({sourceKindLabel(s.kind)}{s.count ? `, ${plural(s.count, 'source')}` : ''})</span></span>
                ))}
              </div>
              <VerificationBadge value={a.verification} />
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Responses <span className="count">{x.responses.length}</span></h2>
        <ul>
          {x.responses.map((r) => (
            <li key={r.localId} className="panel-item">
              <Pick id={r.localId} focus={focus} onPick={onPick}><StanceBadge value={r.stance} /></Pick>
              <div><Ref r={r.by} />{r.answers.length > 0 && <span className="muted"> answering {r.answers.join(', ')}</span>}</div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Events <span className="count">{x.events.length}</span></h2>
        <ul>
          {x.events.map((v) => (
            <li key={v.localId} className="panel-item">
              <Pick id={v.localId} focus={focus} onPick={onPick}>{eventLabel(v.kind)}{v.date ? ` (${v.date})` : ''}</Pick>
              <div>
                {v.actors.length > 0 && <>by <Refs refs={v.actors} /> </>}
                {v.targets.length > 0 && <>against <Refs refs={v.targets} /> </>}
                {v.place && <>in <Ref r={v.place} /></>}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Named <span className="count">{x.entities.length}</span></h2>
        {kinds.map((k) => {
          const list = x.entities.filter((e) => e.kind === k);
          if (list.length === 0) return null;
          return (
            <div key={k}>
              <h3>{k === 'person' ? 'People' : k === 'organization' ? 'Organizations' : k === 'group' ? 'Groups' : 'Places'}</h3>
              <ul className="entity-items">
                {list.map((e) => (
                  <li key={e.localId}>
                    <Pick id={e.localId} focus={focus} onPick={onPick}>{e.name}</Pick>{' '}
                    {e.entity && <Link to={`/entities/${e.entity.id}`} aria-label={`Dossier of ${e.entity.name}`}>dossier</Link>}
                    {e.positions.map((p, i) => <span key={i} className="muted"> · {p.status === 'former' ? 'former ' : ''}{p.title}{p.jurisdiction ? ` of ${p.jurisdiction}` : ''}</span>)}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </aside>
  );
}
