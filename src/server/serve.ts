// Runs the app on a Node HTTP server: binds (loopback unless told otherwise), reports the URL,
// and closes cleanly. A port already in use is a one-line error, not a crash.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DossierError } from '../errors.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function startServer(app: OpenAPIHono, opts: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Idle keep-alive connections would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new DossierError('conflict', `port ${opts.port} on ${opts.host} is in use; choose another with --port`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') reject(new DossierError('invalid_input', `cannot listen on ${opts.host}: not an address of this machine`));
      else if (err.code === 'EACCES') reject(new DossierError('invalid_input', `not allowed to listen on port ${opts.port}`));
      else reject(err);
    });
  });
}
