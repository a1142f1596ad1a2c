#!/usr/bin/env node
// Serves the built playground (dist/playground) on 127.0.0.1 with Node's own http server.
//   node src/playground/serve.mjs [--port N]     (or PORT=N; default 5178; a busy port moves on to the next one)
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_ROOT = path.join(ROOT, 'dist/playground');
export const DEFAULT_PORT = 5178;
const HOST = '127.0.0.1';
const PORT_ATTEMPTS = 20;

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// The page needs nothing from elsewhere; the sidebar writes a <style> element into its shadow root (hence
// 'unsafe-inline' for styles only).
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The file under root that a request path names, or a status: 400 for a path that cannot be decoded or that tries to
 * leave root, 404 for anything else that is not a plain file name under it.
 */
export function resolveRequestPath(root, rawPath) {
  const pathname = rawPath.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return { status: 400 };
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return { status: 400 };
  // Dotfiles and unknown kinds of file are never served.
  if (segments.some((s) => s.startsWith('.')) || !(path.extname(file) in CONTENT_TYPES)) return { status: 404 };
  return { file };
}

function sendText(res, status, text, method) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(method === 'HEAD' ? undefined : `${text}\n`);
}

/** The request handler for a folder of static files. */
export function createHandler(root) {
  return async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed', method);
      return;
    }
    // req.url is the raw request target: "/../x" and "/%2e%2e/x" arrive as sent, not normalized.
    const target = resolveRequestPath(root, req.url ?? '/');
    if (!target.file) {
      sendText(res, target.status, target.status === 400 ? 'Bad request' : 'Not found', method);
      return;
    }
    let info;
    try {
      info = await stat(target.file);
    } catch {
      info = null;
    }
    if (!info?.isFile()) {
      sendText(res, 404, 'Not found', method);
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(target.file)],
      'content-length': info.size,
      ...SECURITY_HEADERS,
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(target.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/**
 * Starts serving root on 127.0.0.1. Port 0 takes any free port; a busy port moves on to the next one (up to 20 tries).
 * Resolves to { port, url, close() }.
 */
export async function startServer({ root = DEFAULT_ROOT, port = DEFAULT_PORT } = {}) {
  const server = http.createServer(createHandler(root));
  let bound;
  for (let attempt = 0; ; attempt++) {
    try {
      bound = await listen(server, port === 0 ? 0 : port + attempt);
      break;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= PORT_ATTEMPTS) throw error;
    }
  }
  return {
    port: bound,
    url: `http://localhost:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** --port N, --port=N, or PORT; null when none is given; throws on a value that is not a port. */
export function portFrom(argv, env) {
  let value = env.PORT || undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') value = argv[++i] ?? '';
    else if (argv[i].startsWith('--port=')) value = argv[i].slice('--port='.length);
  }
  if (value === undefined) return null;
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) throw new Error(`not a port number: "${value}"`);
  return port;
}

async function main() {
  let port;
  try {
    port = portFrom(process.argv.slice(2), process.env) ?? DEFAULT_PORT;
  } catch (error) {
    console.error(`serve: ${error.message} (use --port N, 0-65535)`);
    process.exit(2);
  }
  if (!existsSync(path.join(DEFAULT_ROOT, 'index.html'))) {
    const { buildPlayground } = await import('./build.mjs');
    await buildPlayground(DEFAULT_ROOT);
  }
  const { url } = await startServer({ port });
  console.log(`Follow-Up Coach playground: ${url}`);
  console.log('Press Ctrl+C to stop.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
