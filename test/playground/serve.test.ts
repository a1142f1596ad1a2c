import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portFrom, resolveRequestPath, startServer, type PlaygroundServer } from '../../src/playground/serve.mjs';

/** A GET with the path sent exactly as written: fetch() would normalize "/../x" before sending it. */
function rawGet(port: number, rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('playground server', () => {
  let dir: string;
  let root: string;
  let server: PlaygroundServer;

  beforeAll(async () => {
    // A served folder inside a parent that holds a secret, so an escape would have something to find.
    dir = await mkdtemp(path.join(tmpdir(), 'fuc-serve-'));
    root = path.join(dir, 'playground');
    await mkdir(path.join(root, 'sub'), { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{"secret": true}');
    await writeFile(path.join(dir, 'secret.js'), 'secret()');
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Playground</title>');
    await writeFile(path.join(root, 'playground.js'), 'console.log("playground")');
    await writeFile(path.join(root, 'playground.css'), 'body { color: red }');
    await writeFile(path.join(root, 'sub', 'page.html'), '<p>sub</p>');
    await writeFile(path.join(root, '.env'), 'TOKEN=x');
    await writeFile(path.join(root, 'notes.bin'), 'binary');
    server = await startServer({ root, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('binds a port and reports a localhost URL', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://localhost:${server.port}`);
  });

  it('serves index.html at / and by name, as HTML', async () => {
    for (const url of ['/', '/index.html', '/?example=money']) {
      const res = await fetch(`http://127.0.0.1:${server.port}${url}`);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>Playground</title>');
    }
  });

  it('serves JS and CSS with their types, a content security policy and nosniff', async () => {
    const js = await fetch(`http://127.0.0.1:${server.port}/playground.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(js.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await js.text()).toBe('console.log("playground")');

    const css = await fetch(`http://127.0.0.1:${server.port}/playground.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawGet(server.port, '/playground.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await rawGet(server.port, '/index.html', 'POST');
    expect(post.status).toBe(405);
  });

  it('never serves a file outside its folder, however the path is written', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.js',
      '/sub/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/%2e%2e%2fpackage.json',
      '/..%2fpackage.json',
      '/..%2Fsecret.js',
      '/sub/%2e%2e/%2e%2e/package.json',
      '/..%5cpackage.json',
      '/%252e%252e/package.json',
      '/%2e%2e%252fpackage.json',
      `/${encodeURIComponent(path.join(dir, 'package.json'))}`,
      '//etc/passwd',
      '/%00index.html',
      '/%E0%A4%A',
      '/./index.html',
    ];
    for (const attempt of attempts) {
      const res = await rawGet(server.port, attempt);
      expect([400, 404], attempt).toContain(res.status);
      expect(res.body, attempt).not.toContain('secret');
    }
  });

  it('answers 404 for unknown paths, folders, dotfiles and unknown kinds of file', async () => {
    for (const url of ['/nope.js', '/missing/', '/sub', '/sub/', '/.env', '/notes.bin', '/favicon.ico']) {
      const res = await rawGet(server.port, url);
      expect(res.status, url).toBe(404);
    }
    expect((await rawGet(server.port, '/sub/page.html')).status).toBe(200);
  });

  it('moves on to the next port when the one asked for is busy', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    let next: PlaygroundServer | undefined;
    try {
      next = await startServer({ root, port: busy });
      expect(next.port).toBeGreaterThan(busy);
      expect((await fetch(`http://127.0.0.1:${next.port}/`)).status).toBe(200);
    } finally {
      await next?.close();
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe('resolveRequestPath', () => {
  const root = '/srv/playground';
  it('maps / to index.html and names to files under the root', () => {
    expect(resolveRequestPath(root, '/')).toEqual({ file: '/srv/playground/index.html' });
    expect(resolveRequestPath(root, '/playground.js?v=1')).toEqual({ file: '/srv/playground/playground.js' });
  });
  it('rejects dot segments, encoded or not, and backslashes', () => {
    for (const p of ['/../x.js', '/%2e%2e/x.js', '/a/%2E%2E%2F..%2Fx.js', '/..\\x.js', '/%5C..%5Cx.js']) {
      expect(resolveRequestPath(root, p).status, p).toBe(400);
    }
  });
});

describe('portFrom', () => {
  it('reads --port N, --port=N and PORT, flags first', () => {
    expect(portFrom([], {})).toBeNull();
    expect(portFrom(['--port', '6000'], {})).toBe(6000);
    expect(portFrom(['--port=6001'], { PORT: '7000' })).toBe(6001);
    expect(portFrom([], { PORT: '7000' })).toBe(7000);
  });
  it('throws on a value that is not a port', () => {
    expect(() => portFrom(['--port', 'abc'], {})).toThrow(/not a port/);
    expect(() => portFrom(['--port', '70000'], {})).toThrow(/not a port/);
    expect(() => portFrom(['--port'], {})).toThrow(/not a port/);
  });
});
