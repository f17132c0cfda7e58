/**
 * Installs the linejsx matchers and snapshot serializer: add `'@linejsx/testing/setup'` to
 * `test.setupFiles` in vitest.config.ts.
 */
import { expect } from 'vitest';
import { lineMatchers } from './matchers.ts';
import { lineSerializer } from './serializer.ts';

expect.extend(lineMatchers);
expect.addSnapshotSerializer(lineSerializer);
