// Calls to the JSON API: every failure becomes an ApiError with the server's code and message.
import type { ErrorBody } from './types.js';
import { savedToken } from './token.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, 'internal', `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const err = (body as ErrorBody | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'internal', err?.message ?? `request failed (${res.status})`);
  }
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(`/api${path}`, { signal, headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown, opts: { auth?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = savedToken();
  if (opts.auth && token) headers.authorization = `Bearer ${token}`;
  return parse<T>(await fetch(`/api${path}`, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** `?a=1&b=x` from the defined values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
