/**
 * The README's tour, read as a user reads it: its code blocks, the commands of its `$ ` lines
 * with the output printed under them, and the label it suggests to break step 1. The packaging
 * test runs the commands in a project made by create-linejsx; test/docs/readme.test.ts checks the
 * blocks against the template's files.
 */

/** The README's "A five-minute tour" section. */
export function tourSection(readme: string): string {
  const start = readme.indexOf('## A five-minute tour');
  if (start < 0) throw new Error('README.md has no "## A five-minute tour" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The fenced code blocks of `text`, with their language (empty for none). */
export function codeBlocks(text: string): { readonly lang: string; readonly body: string }[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** A command of the tour and the lines it prints, as the README shows them. */
export interface TourCommand {
  readonly command: string;
  readonly output: readonly string[];
  /** It needs a real LINE channel (it comes after `export LINE_TOKEN=…`): not run offline. */
  readonly needsChannel: boolean;
}

/**
 * The `$ ` lines of the tour's sh blocks, in order, each with the lines printed under it.
 *
 * @example
 * tourCommands(readme)[0].command; // 'npx linejsx render src/messages/Welcome.tsx --pretty      # the LINE JSON, validated'
 */
export function tourCommands(readme: string): TourCommand[] {
  const commands: TourCommand[] = [];
  for (const block of codeBlocks(tourSection(readme)).filter((b) => b.lang === 'sh')) {
    let needsChannel = false;
    for (const line of block.body.split('\n')) {
      if (line.startsWith('$ ')) {
        const command = line.slice(2);
        needsChannel ||= /^export LINE_TOKEN=/.test(command);
        commands.push({ command, output: [], needsChannel });
      } else if (line.trim() !== '') (commands[commands.length - 1]!.output as string[]).push(line);
    }
  }
  return commands;
}

/** The over-long label step 1 suggests, and the error it shows for it. */
export function brokenLabel(readme: string): { readonly label: string; readonly error: string } {
  const tour = tourSection(readme);
  const label = /\(`label="([^"]+)"`\)/.exec(tour)?.[1];
  const error = codeBlocks(tour).find((b) => b.lang === '' && b.body.startsWith('✗'))?.body;
  if (!label || !error) throw new Error('the tour no longer suggests a label to break step 1, or shows no error for it');
  return { label, error };
}
