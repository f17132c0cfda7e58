/**
 * Preview: HTML of the LINE chat screen (`renderChatHtml`, validation included) for each of the
 * three inputs and for the whole message corpus. Target (issue 8): under 1 ms for the carousel.
 */
import { renderChatHtml } from '@linejsx/preview';
import { CORPUS_DIR, corpusAvailable, messageCorpus } from '../../tools/corpus.ts';
import { INPUTS } from '../inputs.ts';
import { runGroup } from '../lib/group.ts';
import type { Row } from '../lib/result.ts';
import { spread } from '../lib/stats.ts';
import { type Op, timeOps } from '../lib/timing.ts';

await runGroup(async () => {
  const ops: Op[] = INPUTS.map((input) => {
    const json = input.literal();
    return { name: input.id, fn: () => renderChatHtml([json]) };
  });
  const corpus = messageCorpus();
  if (corpusAvailable) ops.push({ name: 'corpus', fn: () => corpus.map((file) => renderChatHtml(file.json)) });
  const times = await timeOps(ops);
  const micros = (name: string) => spread(times.get(name)!.map((ms) => ms * 1000));

  const rows: Row[] = INPUTS.map((input) => {
    const value = micros(input.id);
    const carousel = input.id === 'shopping-carousel';
    return {
      name: 'renderChatHtml()',
      input: input.label,
      values: [value],
      ...(carousel ? { targets: [{ text: '< 1,000 µs', met: value.median < 1000 }] } : {}),
    };
  });
  if (corpusAvailable) {
    const whole = micros('corpus');
    rows.push({ name: 'renderChatHtml() of every file', input: `corpus (${corpus.length} files)`, values: [whole] });
    const perFile = (x: number) => x / corpus.length;
    rows.push({
      name: 'the same, per file',
      input: `corpus (${corpus.length} files)`,
      values: [{ median: perFile(whole.median), p25: perFile(whole.p25), p75: perFile(whole.p75), samples: whole.samples }],
    });
  }
  return {
    group: 'preview',
    sections: [
      {
        title: 'Preview',
        columns: [{ title: 'µs per call' }],
        rows,
        notes: [
          "Time of one call, the mean over a round of 200 ms (garbage collection included), median (p25–p75) of 10 rounds: the message validated (to outline problems) and drawn as the LINE chat screen (frame, avatar, bubble, quick reply bar), as Storybook and the emulator's chat view show it.",
          'The corpus is every message file of `../shared/corpus` (real-world JSON, some invalid on purpose: those are drawn with their problems).',
          ...(corpusAvailable ? [] : [`The corpus is not at ${CORPUS_DIR}: its figures are left out.`]),
        ],
      },
    ],
  };
});
