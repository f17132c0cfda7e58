/**
 * Colours, only where they are seen: on a terminal, unless `NO_COLOR` is set; `FORCE_COLOR` turns
 * them on anywhere (and `FORCE_COLOR=0` off), as https://no-color.org and Node's own tools read them.
 */

export interface Styles {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

/**
 * Whether a stream gets colours.
 *
 * @example
 * colorsOn(process.stdout.isTTY === true, process.env);
 */
export function colorsOn(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/**
 * The colour functions for one stream: ANSI codes when `colorsOn`, the text unchanged otherwise.
 *
 * @example
 * const { red, bold } = styles(process.stderr.isTTY === true, process.env);
 * process.stderr.write(`${red(bold('✗'))} 2 problems\n`);
 */
export function styles(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): Styles {
  const enabled = colorsOn(isTTY, env);
  const pick = (open: number, close: number) => (enabled ? sgr(open, close) : plain);
  return { enabled, bold: pick(1, 22), dim: pick(2, 22), red: pick(31, 39), green: pick(32, 39), yellow: pick(33, 39), cyan: pick(36, 39) };
}
