import { SourceMap } from 'node:module';

/** Where a place in a served, minified script came from: original file, line and that line's text. */
export interface Origin {
  file: string;
  line: number;
  text: string;
}

interface Loaded {
  code: string;
  /** Offsets at which each line of `code` starts. */
  lineStarts: number[];
  map: SourceMap | undefined;
}

/**
 * Maps places in the scripts a page loaded back to their sources, fetching each script and its `.map` from the
 * server that served it (127.0.0.1 only). Scripts without a map are reported by their own URL.
 */
export class SourceLocator {
  private readonly scripts = new Map<string, Loaded>();

  async load(urls: readonly string[]): Promise<void> {
    for (const url of urls.slice(0, 200)) {
      if (this.scripts.has(url) || !url.startsWith('http://127.0.0.1:')) continue;
      const code = await fetchText(url);
      if (code === undefined) continue;
      const mapText = await fetchText(`${url}.map`);
      const lineStarts = [0];
      for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      this.scripts.set(url, { code, lineStarts, map: mapText ? new SourceMap(JSON.parse(mapText) as never) : undefined });
    }
  }

  /** A zero-based line and column of a script, as V8 reports them. */
  at(url: string, line: number, column: number): Origin | undefined {
    const script = this.scripts.get(url);
    if (!script?.map) return undefined;
    const entry = script.map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (!entry.originalSource || entry.originalLine === undefined) return undefined;
    const payload = script.map.payload as { sources: string[]; sourcesContent?: (string | null)[] };
    const index = payload.sources.indexOf(entry.originalSource);
    const content = index >= 0 ? payload.sourcesContent?.[index] : undefined;
    const text = content?.split('\n')[entry.originalLine]?.trim().slice(0, 100) ?? '';
    return { file: shortPath(entry.originalSource), line: entry.originalLine + 1, text };
  }

  /** Finds a function's minified source text in the loaded scripts and maps its start. */
  find(snippet: string): Origin | undefined {
    for (const [url, script] of this.scripts) {
      const offset = script.code.indexOf(snippet);
      if (offset === -1) continue;
      let line = 0;
      while (line + 1 < script.lineStarts.length && script.lineStarts[line + 1]! <= offset) line++;
      return this.at(url, line, offset - script.lineStarts[line]!);
    }
    return undefined;
  }
}

/** `../../node_modules/.pnpm/@xyflow+react@12/node_modules/@xyflow/react/dist/esm/index.js` → `@xyflow/react/dist/esm/index.js`. */
export function shortPath(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules !== -1) return source.slice(modules + 'node_modules/'.length);
  return source.replace(/^(\.\.\/)+/, '').replace(/^file:\/\//, '');
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
