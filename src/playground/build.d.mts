/** Builds the playground into outdir (relative paths are from the repository root); returns its absolute path. */
export function buildPlayground(outdir?: string): Promise<string>;
