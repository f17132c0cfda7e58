/** The design of `campaign start`: a component called with each recipient's props, or the same messages for all. */
import { relative, resolve, sep } from 'node:path';
import type { CampaignDesign } from '@linejsx/campaign';
import { createElement } from '@linejsx/jsx';
import type { MessagesInput } from '@linejsx/send';
import { type DesignFactory, loadDesignFactory } from '../design.ts';
import type { CliIo } from '../io.ts';

/** A design file as `status` shows it: relative to the directory `start` ran in, with `/`. */
export function designPath(io: CliIo, file: string): string {
  return relative(io.cwd, resolve(io.cwd, file)).split(sep).join('/');
}

/** The design of a campaign: each recipient's props go to its component; an element or JSON is the same for all. */
export interface LoadedDesign {
  readonly factory: DesignFactory;
  readonly design: CampaignDesign;
}

/**
 * Loads a design for a campaign (TSX through tsx, as every command does).
 *
 * @example
 * const { design } = await campaignDesign(io, 'designs/reminder.tsx', undefined, 'campaign start');
 */
export async function campaignDesign(io: CliIo, file: string, exportName: string | undefined, command: string): Promise<LoadedDesign> {
  const factory = await loadDesignFactory(io, file, { command, ...(exportName !== undefined ? { exportName } : {}) });
  const design: CampaignDesign = {
    messagesFor: (props) => (factory.component ? createElement(factory.component, props) : (factory.messages as MessagesInput)),
  };
  return { factory, design };
}
