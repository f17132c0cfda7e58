/**
 * Render and validate, on the three inputs: the object-literal floor, ajv compiled from LINE's
 * OpenAPI spec, linejsx `render()` from TSX (validation included) and linejsx validation alone.
 * Targets (issue 8): render + validation at least half of ajv's throughput; validation alone
 * faster than ajv.
 */
import { render } from '@linejsx/jsx';
import { validateMessage } from '@linejsx/schema';
import { lineSchema, SPEC_DIR, specAvailable } from '../../tools/line-openapi.ts';
import { INPUTS } from '../inputs.ts';
import { runGroup } from '../lib/group.ts';
import type { Row, Target } from '../lib/result.ts';
import { type Spread, spread } from '../lib/stats.ts';
import { figure } from '../lib/table.ts';
import { type Op, timeOps } from '../lib/timing.ts';

await runGroup(async () => {
  const ajv = specAvailable ? lineSchema('Message') : undefined;
  const ops: Op[] = [];
  for (const input of INPUTS) {
    const json = input.literal();
    // Every contender must agree that the input is valid, or the figures compare different work.
    if (!validateMessage(json).ok) throw new Error(`${input.id}: linejsx rejects the benchmark input`);
    if (ajv && !ajv(json)) throw new Error(`${input.id}: ajv rejects the benchmark input: ${JSON.stringify(ajv.errors)}`);
    ops.push({ name: `${input.id}:floor`, fn: () => JSON.stringify(input.literal()) });
    if (ajv) ops.push({ name: `${input.id}:ajv`, fn: () => ajv(json) });
    ops.push({ name: `${input.id}:render`, fn: () => render(input.element()) });
    ops.push({ name: `${input.id}:validate`, fn: () => validateMessage(json) });
  }
  const times = await timeOps(ops);
  const opsPerSecond = (name: string) => spread(times.get(name)!.map((ms) => 1000 / ms));

  const rows: Row[] = [];
  for (const input of INPUTS) {
    const ajvRate = ajv ? opsPerSecond(`${input.id}:ajv`) : undefined;
    const renderRate = opsPerSecond(`${input.id}:render`);
    const validateRate = opsPerSecond(`${input.id}:validate`);
    const row = (name: string, value: Spread, target?: Target): Row => ({
      name,
      input: input.label,
      values: [value],
      ...(target ? { targets: [target] } : {}),
    });
    rows.push(row('object literal + JSON.stringify (floor)', opsPerSecond(`${input.id}:floor`)));
    if (ajvRate) rows.push(row("ajv, compiled from LINE's OpenAPI", ajvRate));
    rows.push(
      row(
        'linejsx render() from TSX, with validation',
        renderRate,
        ajvRate && { text: `≥ ½ ajv (${figure(ajvRate.median / 2)})`, met: renderRate.median >= ajvRate.median / 2 },
      ),
    );
    rows.push(
      row(
        'linejsx validateMessage() alone',
        validateRate,
        ajvRate && { text: `> ajv (${figure(ajvRate.median)})`, met: validateRate.median > ajvRate.median },
      ),
    );
  }
  const rounds = times.get(ops[0]!.name)!.length;
  return {
    group: 'render',
    sections: [
      {
        title: 'Render and validate',
        columns: [{ title: 'ops/s' }],
        rows,
        notes: [
          `Operations (one message each) per second, median (p25–p75) of ${rounds} rounds: tinybench with warm-up, each round 200 ms of samples per operation (batches of calls of about 50 µs), the order rotating between rounds. A round's figure is its total time over its calls, garbage collection included.`,
          'The floor builds the same JSON as an object literal from the same sample data and serialises it (`bench/literals/`, byte-identical to render(), checked by `test/bench/inputs.test.ts`).',
          'ajv and validateMessage() check the same prebuilt object; render() builds the element tree, renders and validates, without serialising.',
          "Every input runs in the one process, so each validator has seen all three kinds of message, as in a bot that sends several kinds. Fed nothing but carousels, ajv's generated code specialises to them and runs up to 1.5× faster (about 36,000/s on this machine) while linejsx's does not: there render + validation of the carousel is about 0.35× ajv and validation alone about 0.9× ajv.",
          'linejsx checks every limit of CONSTRAINTS.md (lengths in UTF-16 units or graphemes, URL syntax, JSON size, flex layout rules); ajv checks what the OpenAPI spec encodes.',
          ...(ajv
            ? []
            : [
                `LINE's OpenAPI spec is not at ${SPEC_DIR} (set LINE_OPENAPI_DIR): the ajv figures, and the targets set against them, are left out.`,
              ]),
        ],
      },
    ],
  };
});
