// Load from this process (autocannon) against the server process, on loopback.
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

/** Requests the paths in turn for `seconds`, or `amount` requests when given. */
export async function load(url: string, paths: string[], opts: { connections: number; seconds: number; amount?: number }): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.amount ? { amount: opts.amount } : {}),
    // A dossier of someone in tens of thousands of reports can take seconds without the cache.
    timeout: 60,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
