// Every shape the API sends, as TypeScript types: what the web app imports (types only) to
// stay in step with the server.
export type { DocumentRef, EntityRef, ErrorBody, Evidence } from './schemas/common.js';
export type { AllegationReportItem, Dossier, EntitySummary, EventItem, ResponseItem, Thread } from './routes/entities/schema.js';
export type { ArticleBody, DocumentSummary, DocumentView, ExtractionView, LocalRef, PreviewResult } from './routes/documents/schema.js';
export type { SearchHit } from './routes/search/schema.js';
export type { TimelineItem } from './routes/timeline/schema.js';
export type { Overview } from './routes/overview/schema.js';
export type { EdgeType, Graph, GraphEdge, GraphNode } from './routes/graph/schema.js';

export interface Page<T> {
  items: T[];
  page: { limit: number; offset: number; next: number | null };
}
