/**
 * LINE's own OpenAPI spec (`../shared/line-openapi`), compiled with ajv: the independent yardstick
 * our schemas are checked against (contract tests) and measured against (benchmarks).
 *
 * OpenAPI 3.0 models inheritance as a parent with a `discriminator` whose children `allOf` the
 * parent. ajv does not follow that, so each discriminated parent becomes "its own properties, then
 * the child schema picked by the discriminator value", and children refer to the parent's own
 * properties only (otherwise they would recurse into themselves).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));

/** `../shared/line-openapi` next to the repository, where LINE's specs are kept (not vendored). */
export const SPEC_DIR = process.env.LINE_OPENAPI_DIR ?? resolve(here, '../../shared/line-openapi');
export const SHARED_DIR = resolve(SPEC_DIR, '..');
export const specAvailable = existsSync(join(SPEC_DIR, 'messaging-api.yml'));
/** Said by suites that skip because the spec folder is absent (a user's clone). */
export const SPEC_MISSING = `LINE's OpenAPI specs are not at ${SPEC_DIR} (set LINE_OPENAPI_DIR); contract tests skipped`;

type JsonSchema = Record<string, unknown>;

const OPENAPI_ONLY = ['discriminator', 'externalDocs', 'example', 'xml', 'deprecated', 'readOnly', 'writeOnly'];

/** Rewrites one OpenAPI schema node into JSON Schema for ajv. */
function convert(node: unknown, bases: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, bases));
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.includes(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', '#/definitions/');
      continue;
    }
    if (key === 'nullable') continue;
    out[key] = convert(value, bases);
  }
  if ((node as JsonSchema).nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

/** Children of a discriminated parent refer to `Parent__own` in their allOf, not to the parent. */
function pointAllOfAtOwn(schema: JsonSchema, parents: ReadonlySet<string>): void {
  const allOf = schema.allOf as JsonSchema[] | undefined;
  if (!allOf) return;
  for (const part of allOf) {
    const ref = part.$ref as string | undefined;
    const name = ref?.replace('#/definitions/', '');
    if (name && parents.has(name)) part.$ref = `#/definitions/${name}__own`;
  }
}

/** The OpenAPI document of a spec file, e.g. `messaging-api.yml`, parsed once. */
export interface OpenApiDocument {
  readonly servers?: ReadonlyArray<{ readonly url: string }>;
  readonly security?: ReadonlyArray<Record<string, unknown>>;
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components?: { readonly schemas?: Record<string, JsonSchema> };
}

const documents = new Map<string, OpenApiDocument>();

/** Reads and parses a spec file of SPEC_DIR; cached. */
export function readSpec(file: string): OpenApiDocument {
  let doc = documents.get(file);
  if (!doc) {
    doc = parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as OpenApiDocument;
    documents.set(file, doc);
  }
  return doc;
}

/**
 * One OpenAPI schema node as JSON Schema for ajv (`$ref`s point at `#/definitions/…`).
 *
 * @example
 * toJsonSchema({ type: 'string', nullable: true }); // { type: ['string', 'null'] }
 */
export function toJsonSchema(node: unknown): unknown {
  return convert(node, new Set());
}

/** Builds the definitions of a spec file, with discriminated parents rewritten as described above. */
export function definitionsOf(file: string): Record<string, JsonSchema> {
  const schemas = readSpec(file).components?.schemas ?? {};
  const parents = new Set(Object.keys(schemas).filter((name) => (schemas[name] as { discriminator?: unknown }).discriminator));
  const defs: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) defs[name] = convert(schema, parents) as JsonSchema;
  for (const schema of Object.values(defs)) pointAllOfAtOwn(schema, parents);
  for (const name of parents) {
    const { propertyName, mapping = {} } = (schemas[name] as { discriminator: { propertyName: string; mapping?: Record<string, string> } })
      .discriminator;
    defs[`${name}__own`] = defs[name]!;
    const values = Object.keys(mapping);
    defs[name] = {
      allOf: [
        { $ref: `#/definitions/${name}__own` },
        // Like LINE, refuse a discriminator value the spec does not know.
        ...(values.length ? [{ properties: { [propertyName]: { enum: values } } }] : []),
        ...Object.entries(mapping).map(([value, ref]) => ({
          if: { properties: { [propertyName]: { const: value } }, required: [propertyName] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
          then: { $ref: ref.replace('#/components/schemas/', '#/definitions/') },
        })),
      ],
    };
  }
  return defs;
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * An ajv validator for one schema of `messaging-api.yml`, e.g. `Message`, `FlexMessage`,
 * `RichMenuRequest`. Compiled once and cached.
 */
export function lineSchema(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (validate) return validate;
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    for (const format of ['int32', 'int64', 'double', 'binary']) ajv.addFormat(format, true);
    ajv.addSchema({ $id: 'line', definitions: definitionsOf('messaging-api.yml') });
  }
  validate = ajv.compile({ $ref: `line#/definitions/${name}` });
  compiled.set(name, validate);
  return validate;
}

/** Validates `value` against a spec schema; returns ajv's error list (empty when valid). */
export function specErrors(name: string, value: unknown): string[] {
  const validate = lineSchema(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}

/** The ajv of `lineSchema`, with every spec file of the LINE API added under its own `$id` (the file name). */
function ajvWith(file: string): Ajv {
  lineSchema('Message');
  if (!ajv!.getSchema(file)) ajv!.addSchema({ $id: file, definitions: definitionsOf(file) });
  return ajv!;
}

/** Points the `#/definitions/…` references of a converted schema at the definitions of `file`. */
function inFile(schema: unknown, file: string): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', `"${file}#/definitions/`));
}

interface OperationNode {
  readonly responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** The operation `operationId` of `file` (`insight.yml`…) as its spec describes it. */
function operationIn(file: string, operationId: string): OperationNode {
  for (const item of Object.values(readSpec(file).paths))
    for (const op of Object.values(item)) if ((op as { operationId?: string }).operationId === operationId) return op as OperationNode;
  throw new Error(`${file} has no operation ${operationId}`);
}

/**
 * Validates the JSON body of an answer to `operationId` against its spec file (independently of
 * the generated protocol): the schema documented for that status, else, for an error status, the
 * file's `ErrorResponse` (messaging-api.yml's, LINE's general error body, for files without one). Returns ajv's errors (empty when valid), or undefined when the spec
 * documents no body for that status (a 200 or 202 without content).
 */
export function answerErrors(file: string, operationId: string, status: number, value: unknown): string[] | undefined {
  const key = `${file}#${operationId}#${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    const content = operationIn(file, operationId).responses?.[String(status)]?.content?.['application/json'];
    const errors = definitionsOf(file).ErrorResponse ? file : 'messaging-api.yml';
    let schema: unknown;
    if (content?.schema) schema = inFile(toJsonSchema(content.schema), file);
    else if (status >= 400) schema = { $ref: `${errors}#/definitions/ErrorResponse` };
    else return undefined;
    ajvWith(errors);
    validate = ajvWith(file).compile(schema as object);
    compiled.set(key, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}
