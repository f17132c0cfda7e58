/**
 * What the editor says about a wrong prop value: the TypeScript error names the type the prop
 * takes (`FlexFontSize`, whose hover lists the sizes), not a helper's internal name. Compiled here
 * with the repository's tsconfig, a snippet at a time.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SNIPPET = join(ROOT, 'test/types/__snippet__.tsx');

/** The type errors of `code` written in a .tsx file of this folder. */
function typeErrors(code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) =>
    name === SNIPPET ? ts.createSourceFile(name, code, ts.ScriptTarget.ES2022, true) : getSourceFile(name, ...rest);
  host.fileExists = (name) => name === SNIPPET || fileExists(name);
  host.readFile = (name) => (name === SNIPPET ? code : readFile(name));
  const program = ts.createProgram([SNIPPET], config.options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(SNIPPET)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('type errors of flex props', () => {
  it('name the type a prop takes', () => {
    const errors = typeErrors(`import { Box, Text } from '@linejsx/jsx';
export const a = <Text size="small">x</Text>;
export const b = <Box margin="10%" />;
export const c = <Box width="wide" />;
`);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/Type '"small"' is not assignable to type 'FlexFontSize/);
    expect(errors[1]).toMatch(/Type '"10%"' is not assignable to type 'FlexSpacing/);
    expect(errors[2]).toMatch(/Type '"wide"' is not assignable to type 'FlexBoxLength/);
    expect(errors.join('\n')).not.toMatch(/\bValue\b/);
  }, 60_000);
});
