export const DEFAULT_ROOT: string;
export const DEFAULT_PORT: number;
export const CONTENT_TYPES: Record<string, string>;

/** The file under root that a request path names, or the status to answer with (400 or 404). */
export function resolveRequestPath(root: string, rawPath: string): { file: string; status?: undefined } | { file?: undefined; status: 400 | 404 };

export function createHandler(
  root: string,
): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>;

export interface PlaygroundServer {
  port: number;
  /** http://localhost:<port> */
  url: string;
  close(): Promise<void>;
}

/** Serves root on 127.0.0.1; port 0 takes any free port, a busy port moves on to the next one. */
export function startServer(options?: { root?: string; port?: number }): Promise<PlaygroundServer>;

/** --port N, --port=N, or PORT; null when none is given; throws on a value that is not a port. */
export function portFrom(argv: readonly string[], env: Record<string, string | undefined>): number | null;
