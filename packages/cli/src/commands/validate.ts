/** `linejsx validate FILE [--remote]`: is a design or LINE JSON valid, here and (with --remote) at LINE. */
import type { RichMenu } from '@linejsx/schema';
import { LineApiError, type MessagesInput, type ValidateKind } from '@linejsx/send';
import { defineCommand } from '../command.ts';
import { CONNECTION_HELP, CONNECTION_OPTIONS, type Connection, connect } from '../connection.ts';
import { describeRendered, messagesOf } from '../describe.ts';
import { type Design, isRichMenuKind, loadDesign, type RenderedDesign, renderDesign } from '../design.ts';
import { isValidationError, reportError, UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { oneFile } from '../options.ts';

const KINDS: readonly ValidateKind[] = ['push', 'reply', 'multicast', 'narrowcast', 'broadcast'];

const USAGE = `Usage: linejsx validate FILE [--remote [--as push]] [--json]

Checks a design (FILE.tsx) or LINE JSON (FILE.json, or - for stdin) against every rule LINE
documents: messages, arrays of 1 to 5 messages, rich menus, and sets of rich menus (tabs: a
fragment of <RichMenu>s, or an array of rich menu objects), each menu on its own. Every problem is listed, with the
component path and TSX file:line for a design.

With --remote, a design that passes here is also sent to LINE's validate endpoint
(/v2/bot/message/validate/{kind}, or /v2/bot/richmenu/validate for each rich menu), which checks
without sending.
Nothing invalid is ever sent there: what fails here is not asked about.

Options:
  --remote             also ask LINE (needs a channel access token)
  --as KIND            the send to validate messages for: ${KINDS.join(', ')} (default push)
  --export NAME        validate this export (default: the default export, else the only one)
  --props JSON         props for a component, as JSON or @file.json
  --json               print the result as JSON on stdout
${CONNECTION_HELP}
  -h, --help           show this

Exit codes: 0 valid, 1 invalid (here or at LINE), 2 wrong usage, 3 LINE answered with another
error, 4 LINE could not be reached, 5 the file could not be loaded or run.`;

interface Remote {
  readonly endpoint: string;
  readonly ok: boolean;
  readonly error?: LineApiError;
}

/**
 * Asks LINE's validate endpoint, once for messages and once per rich menu of a set; a 400 is LINE
 * saying "invalid", anything else an error of its own.
 */
async function askLine(connection: Connection, design: Design, rendered: RenderedDesign, kind: ValidateKind): Promise<Remote> {
  const endpoint = isRichMenuKind(rendered.kind) ? '/v2/bot/richmenu/validate' : `/v2/bot/message/validate/${kind}`;
  try {
    if (rendered.kind === 'richMenus') for (const menu of rendered.json as RichMenu[]) await connection.client.richMenu.validate(menu);
    // The element where there is one: LINE's details then name its components.
    else if (rendered.kind === 'richMenu') await connection.client.richMenu.validate((design.node ?? rendered.json) as RichMenu);
    else await connection.client.validate(kind, (design.node ?? messagesOf(rendered.kind, rendered.json)) as MessagesInput);
    return { endpoint, ok: true };
  } catch (error) {
    if (error instanceof LineApiError && error.code === 'bad_request') return { endpoint, ok: false, error };
    throw error;
  }
}

function remoteJson(remote: Remote): Record<string, unknown> {
  const { error } = remote;
  return {
    endpoint: remote.endpoint,
    ok: remote.ok,
    ...(error ? { status: error.status, message: error.lineMessage, details: error.details, requestId: error.requestId } : {}),
  };
}

export const validateCommand = defineCommand({
  name: 'validate',
  usage: USAGE,
  options: {
    remote: { type: 'boolean' },
    as: { type: 'string' },
    export: { type: 'string' },
    props: { type: 'string' },
    json: { type: 'boolean' },
    ...CONNECTION_OPTIONS,
  },
  async run({ values, positionals }, io, context) {
    const kind = (values.as ?? 'push') as ValidateKind;
    if (!KINDS.includes(kind)) throw new UsageError(`--as ${values.as}: validate for ${KINDS.join(', ')}`, 'validate');
    if (values.as !== undefined && !values.remote) throw new UsageError('--as is for --remote', 'validate');
    const file = oneFile(positionals, 'validate');
    const design = await loadDesign(io, file, { exportName: values.export, props: values.props, command: 'validate' });

    let rendered: ReturnType<typeof renderDesign>;
    try {
      rendered = renderDesign(design);
    } catch (error) {
      if (!isValidationError(error)) throw error;
      // The result as JSON, then the problems for people on stderr.
      if (values.json) io.stdout(JSON.stringify({ ok: false, file: design.label, kind: design.kind, issues: error.issues }));
      return reportError(io, error, { command: 'validate' });
    }
    let remote: Remote | undefined;
    if (values.remote) {
      const connection = await connect(io, values, 'validate');
      context.baseUrl = connection.baseUrl;
      try {
        remote = await askLine(connection, design, rendered, kind);
      } finally {
        await connection.close();
      }
    }
    const ok = remote?.ok ?? true;
    if (values.json)
      io.stdout(
        JSON.stringify({ ok, file: design.label, kind: rendered.kind, issues: [], ...(remote ? { remote: remoteJson(remote) } : {}) }),
      );
    else {
      const { green } = io.out;
      io.stdout(`${green('✓')} ${design.label}: ${describeRendered(rendered.kind, rendered.json)}`);
      if (remote?.ok) io.stdout(`${green('✓')} LINE accepts it (${remote.endpoint})`);
    }
    if (remote?.error) io.stderr(`${io.err.red(io.err.bold('✗'))} LINE refuses it: ${remote.error.message}`);
    return ok ? EXIT.ok : EXIT.invalid;
  },
});
