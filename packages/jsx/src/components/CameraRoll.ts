import type { CameraRollAction } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type CameraRollProps = Omit<CameraRollAction, 'type'>;

/**
 * A camera roll action (`R#camera-roll-action`): opens the photo library. Quick replies only; label ≤ 20.
 *
 * @example
 * <QuickReply><CameraRoll label="Choose a photo" /></QuickReply>
 */
export const CameraRoll = defineAction<CameraRollProps>('CameraRoll', 'cameraRoll');
