// The JavaScript the first page loads: the entry script of dist/web/index.html and the chunks it
// preloads (not the ones loaded later, such as the graph library), gzipped at level 9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstPageJs(webRoot: string): { files: { file: string; bytes: number; gzip: number }[]; gzip: number } {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
  const files = [...new Set(srcs)].map((src) => {
    const body = readFileSync(join(webRoot, src.replace(/^\//, '')));
    return { file: src, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
