/** Where the scaffolders write and what they read from their environment (the `linejsx` command's io is one). */
export interface ScaffoldIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/**
 * The io of the running process.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), processIo());
 */
export function processIo(): ScaffoldIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}
