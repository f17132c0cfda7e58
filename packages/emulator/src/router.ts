/** Matches a method and path to an entry of `ENDPOINTS`, with its path parameters. */
import { ENDPOINTS, type EndpointName } from '@linejsx/send';

interface Route {
  readonly name: EndpointName;
  readonly method: string;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

// Literal paths first, so `/v2/bot/richmenu/list` is not taken for `/v2/bot/richmenu/{richMenuId}`.
const ROUTES: readonly Route[] = (Object.keys(ENDPOINTS) as EndpointName[])
  .map((name) => {
    const { method, path } = ENDPOINTS[name];
    const params: string[] = [];
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, param: string) => {
      params.push(param);
      return '([^/]+)';
    });
    return { name, method, pattern: new RegExp(`^${source}$`), params };
  })
  .sort((a, b) => a.params.length - b.params.length);

export interface Match {
  readonly name: EndpointName;
  readonly params: Readonly<Record<string, string>>;
}

/** The endpoint for this request, or none (`pathKnown`: the path exists with another method). */
export function route(method: string, path: string): Match | { readonly name: undefined; readonly pathKnown: boolean } {
  let pathKnown = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    try {
      for (const [i, p] of r.params.entries()) params[p] = decodeURIComponent(m[i + 1]!);
    } catch {
      return { name: undefined, pathKnown };
    }
    return { name: r.name, params };
  }
  return { name: undefined, pathKnown };
}
