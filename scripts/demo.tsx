/**
 * The README's main job: render every design in examples/ and print the validated JSON.
 */
import { render } from '@linejsx/jsx';
import { examples, sampleElement } from '../examples/index.ts';

for (const example of examples) {
  const message = render(sampleElement(example));
  process.stdout.write(`\n# ${example.title} (${example.id})\n${JSON.stringify(message, null, 2)}\n`);
}
process.stdout.write(`\nRendered and validated ${examples.length} designs.\n`);
