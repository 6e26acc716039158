// Allegation threads: every report of the same allegation (same subject, same category) with
// its sources and verification, and every response to it, across documents.
import type { AllegationReport, EntityRef, ResponseReport } from '../store/records.js';
import type { Store } from '../store/store.js';

export interface Thread {
  /** Stable for a subject and category: "<entity id>:<category>". */
  id: string;
  category: string;
  reportCount: number;
  documentCount: number;
  firstReported: string | null;
  lastReported: string | null;
  /** The latest reports (all of them when `reportCount` is not larger). */
  reports: AllegationReport[];
  responses: ResponseReport[];
}

export async function allegationThreads(store: Store, entity: EntityRef, members: number[], perThread = 10): Promise<Thread[]> {
  const summaries = await store.threadSummaries(members);
  const threads: Thread[] = [];
  for (const s of summaries) {
    const reports = await store.allegationReports(members, s.category, { limit: perThread });
    threads.push({ id: `${entity.id}:${s.category}`, ...s, reports, responses: await threadResponses(store, members, reports) });
  }
  return threads;
}

/**
 * Responses in the reports' documents that answer one of the thread's allegations, or that
 * answer nothing specific but come from the subject or from a document accusing no one else.
 */
async function threadResponses(store: Store, members: number[], reports: AllegationReport[]): Promise<ResponseReport[]> {
  if (reports.length === 0) return [];
  const docs = [...new Set(reports.map((r) => r.documentId))];
  const mine = new Set(reports.map((r) => `${r.documentId}:${r.allegationId}`));
  const subjects = await store.allegationSubjectsIn(docs);
  const own = new Set(members);
  const onlyThisSubject = new Set(docs.filter((d) => subjects.filter((s) => s.documentId === d).every((s) => own.has(s.subject.id))));
  const responses = await store.responsesIn(docs);
  return responses.filter((r) => r.allegations.length
    ? r.allegations.some((a) => mine.has(`${r.documentId}:${a}`))
    : own.has(r.by.id) || onlyThisSubject.has(r.documentId));
}
