// Loads one API path for a component: data, error, loading; a new path cancels the old request.
import { useEffect, useState } from 'react';
import { getJson } from './client.js';

export interface Loaded<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(path, ctrl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => { if (!ctrl.signal.aborted) setState({ data: null, error, loading: false }); },
    );
    return () => ctrl.abort();
  }, [path]);
  return state;
}
