// The network around one entity, drawn with cytoscape: people, organizations and groups, edges
// by type (named together, alleged link, position in, member of, responded to). Choosing an edge
// shows the reports and words behind it; the same connections are listed as text below.
import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { EdgeType, Graph, GraphEdge, GraphNode, Overview } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { KindBadge } from '../components/badges.js';
import { evidenceHref } from '../components/evidence-quote.js';
import { Empty, ErrorMessage, Loading } from '../components/status.js';
import { edgeLabel, plural } from '../format.js';

const EDGE_TYPES: EdgeType[] = ['alleged_link', 'member_of', 'position_in', 'responded_to', 'co_mention'];
const EDGE_COLORS: Record<EdgeType, string> = {
  alleged_link: '#b3261e', member_of: '#1b5e20', position_in: '#0d47a1', responded_to: '#6a1b9a', co_mention: '#9e9e9e',
};
const NODE_COLORS: Record<string, string> = { person: '#1565c0', organization: '#ef6c00', group: '#6d4c41', place: '#2e7d32' };

function Picker() {
  const { data, error } = useApi<Overview>('/overview');
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  return (
    <section>
      <p>Choose whose network to see:</p>
      {data.mostReported.length === 0 && <Empty>No people yet.</Empty>}
      <ul className="people-list">
        {data.mostReported.map((p) => <li key={p.id}><Link to={`/network?entity=${p.id}`}>{p.name}</Link> <span className="muted">· {plural(p.documentCount, 'report')}</span></li>)}
      </ul>
    </section>
  );
}

function EdgeDetails({ edge, nodes }: { edge: GraphEdge; nodes: Map<number, GraphNode> }) {
  const a = nodes.get(edge.source);
  const b = nodes.get(edge.target);
  return (
    <div>
      <h3><Link to={`/entities/${edge.source}`}>{a?.name}</Link> — {edgeLabel(edge.type)} — <Link to={`/entities/${edge.target}`}>{b?.name}</Link></h3>
      {edge.type === 'alleged_link' && <p className="note">An allegation reported by a source, not an established tie.</p>}
      <p className="muted">{plural(edge.weight, 'report')}</p>
      <ul className="evidence-list">
        {edge.evidence.map((ev, i) => (
          <li key={i}>
            {ev.note && <strong>{ev.note}: </strong>}
            {ev.quote && ev.span
              ? <Link className="quote-link" to={evidenceHref({ documentId: ev.documentId, span: ev.span })}>“{ev.quote}”</Link>
              : <Link to={`/documents/${ev.documentId}`}>{ev.title ?? `Document ${ev.documentId}`}</Link>}
            <span className="muted"> · {ev.title ?? ''} {ev.published ?? ''}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function GraphView({ graph }: { graph: Graph }) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const [shown, setShown] = useState<Set<EdgeType>>(new Set(EDGE_TYPES.filter((t) => t !== 'co_mention' || graph.edges.length < 60)));
  const [selected, setSelected] = useState<{ edge?: string; node?: number } | null>(null);
  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);

  useEffect(() => {
    if (!box.current) return;
    // Rings: the center, then those tied to it by more than being named together, then the rest.
    const typed = new Set(graph.edges.filter((e) => e.type !== 'co_mention').flatMap((e) => [e.source, e.target]));
    const instance = cytoscape({
      container: box.current,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: String(n.id), label: n.name, kind: n.kind, center: n.center ? 1 : 0, level: n.center ? 3 : typed.has(n.id) ? 2 : 1 } })),
        ...graph.edges.map((e) => ({ data: { id: e.id, source: String(e.source), target: String(e.target), type: e.type, weight: e.weight } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18, 'background-color': '#777' } },
        ...Object.entries(NODE_COLORS).map(([kind, color]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': color } })),
        { selector: 'node[center = 1]', style: { width: 34, height: 34, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#000' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1.5, 6)', 'curve-style': 'bezier', opacity: 0.85 } },
        ...EDGE_TYPES.map((t) => ({ selector: `edge[type = "${t}"]`, style: { 'line-color': EDGE_COLORS[t], 'target-arrow-color': EDGE_COLORS[t] } })),
        { selector: 'edge[type = "co_mention"]', style: { 'line-style': 'dashed', opacity: 0.5 } },
        { selector: 'edge[type != "co_mention"]', style: { 'target-arrow-shape': 'triangle' } },
        { selector: ':selected', style: { 'overlay-color': '#ffd54f', 'overlay-opacity': 0.5, 'overlay-padding': 4 } },
      ] as cytoscape.StylesheetJson,
      layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => Number(n.data('level')), levelWidth: () => 1, minNodeSpacing: 36, animate: false } as cytoscape.LayoutOptions,
    });
    instance.on('tap', 'edge', (e) => setSelected({ edge: e.target.id() }));
    instance.on('tap', 'node', (e) => setSelected({ node: Number(e.target.id()) }));
    cy.current = instance;
    return () => { instance.destroy(); cy.current = null; };
  }, [graph]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    for (const t of EDGE_TYPES) instance.edges(`[type = "${t}"]`).style('display', shown.has(t) ? 'element' : 'none');
  }, [shown, graph]);

  const edge = selected?.edge ? graph.edges.find((e) => e.id === selected.edge) : undefined;
  const node = selected?.node !== undefined ? nodes.get(selected.node) : undefined;
  const visible = graph.edges.filter((e) => shown.has(e.type));
  return (
    <>
      <fieldset className="filters edge-filters">
        <legend>Connections</legend>
        {EDGE_TYPES.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={shown.has(t)} onChange={(e) => {
              const next = new Set(shown);
              if (e.target.checked) next.add(t); else next.delete(t);
              setShown(next);
            }} />
            <span className="swatch" style={{ background: EDGE_COLORS[t] }} /> {edgeLabel(t)} ({graph.edges.filter((x) => x.type === t).length})
          </label>
        ))}
      </fieldset>
      <div className="network-layout">
        <div ref={box} className="graph-canvas" role="img" aria-label={`Network around ${graph.center.name}; the connections are listed as text below`} data-testid="graph-canvas" />
        <aside className="graph-details" aria-live="polite">
          {!edge && !node && <p className="muted">Choose a connection (a line) to see the reports behind it, or a name to open it.</p>}
          {edge && <EdgeDetails edge={edge} nodes={nodes} />}
          {node && (
            <div>
              <h3>{node.name} <KindBadge kind={node.kind} orgType={node.orgType} /></h3>
              <p><Link to={`/entities/${node.id}`}>Open the dossier</Link>{!node.center && <> · <Link to={`/network?entity=${node.id}`}>Network around {node.name}</Link></>}</p>
            </div>
          )}
        </aside>
      </div>
      <section aria-labelledby="connections-title">
        <h2 id="connections-title">Connections as a list</h2>
        <ul className="connection-list">
          {visible.map((e) => (
            <li key={e.id}>
              <button type="button" className="pick" onClick={() => { setSelected({ edge: e.id }); cy.current?.$(`[id = "${e.id}"]`).select(); }}>
                {nodes.get(e.source)?.name} — {edgeLabel(e.type)} — {nodes.get(e.target)?.name}
              </button>
              <span className="muted"> · {plural(e.weight, 'report')}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function NetworkPage() {
  const [params] = useSearchParams();
  const entity = params.get('entity');
  const valid = !!entity && /^\d+$/.test(entity);
  const { data, error } = useApi<Graph>(valid ? `/entities/${entity}/graph` : null);
  return (
    <>
      <h1>Network{data ? ` around ${data.center.name}` : ''}</h1>
      {!valid && <Picker />}
      {error && <ErrorMessage error={error} />}
      {valid && !data && !error && <Loading />}
      {data && (
        <>
          <p className="muted">From the latest {plural(data.documentsRead, 'report')} naming <Link to={`/entities/${data.center.id}`}>{data.center.name}</Link>.</p>
          {data.edges.length === 0 ? <Empty>No connections recorded.</Empty> : <GraphView key={data.center.id} graph={data} />}
        </>
      )}
    </>
  );
}
