/** Matches a method and path to an operation of `@linejsx/protocol`, with its path parameters. */
import { OPERATION_IDS, OPERATIONS, type OperationId } from '@linejsx/protocol';

interface Route {
  readonly operationId: OperationId;
  readonly method: string;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

// Literal paths first, so `/v2/bot/richmenu/batch` is not taken for `/v2/bot/richmenu/{richMenuId}`.
const ROUTES: readonly Route[] = OPERATION_IDS.map((operationId) => {
  const { method, path } = OPERATIONS[operationId];
  const params: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, param: string) => {
    params.push(param);
    return '([^/]+)';
  });
  return { operationId, method, pattern: new RegExp(`^${source}$`), params };
}).sort((a, b) => a.params.length - b.params.length);

export interface Match {
  readonly operationId: OperationId;
  readonly params: Readonly<Record<string, string>>;
}

/** The operation for this request, or none (`pathKnown`: LINE has the path, with another method). */
export function route(method: string, path: string): Match | { readonly operationId: undefined; readonly pathKnown: boolean } {
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
      return { operationId: undefined, pathKnown };
    }
    return { operationId: r.operationId, params };
  }
  return { operationId: undefined, pathKnown };
}
