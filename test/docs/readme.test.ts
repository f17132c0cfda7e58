/**
 * The README's tour is the project `npm create linejsx` makes: its code is the template's files,
 * its commands the created project's own. (test/packaging runs them in such a project.)
 */
import { readFileSync } from 'node:fs';
import { templateFiles } from 'create-linejsx';
import { describe, expect, it } from 'vitest';
import { brokenLabel, codeBlocks, tourCommands, tourSection } from '../packaging/tour.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const template = (path: string) => templateFiles('npm').find((file) => file.path === path)!.text;

describe('the README tour', () => {
  it('shows the created project’s design and test as they are', () => {
    const tsx = codeBlocks(tourSection(readme)).filter((block) => block.lang === 'tsx');
    expect(tsx.map((block) => block.body)).toEqual([template('src/messages/Welcome.tsx'), template('src/messages/Welcome.test.tsx')]);
  });

  it('runs the created project’s commands (npx linejsx, npm), not this repository’s (pnpm linejsx)', () => {
    const commands = tourCommands(readme).map((c) => c.command);
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(command).toMatch(/^(npx linejsx |npm |export LINE_TOKEN=)/);
  });

  it('breaks step 1 with a label the design has room for', () => {
    const { label, error } = brokenLabel(readme);
    expect(template('src/messages/Welcome.tsx')).toContain('label="Claim the coffee"');
    expect(error).toContain(`label is ${label.length} characters; LINE allows at most 40`);
  });
});
