import type { CameraAction } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type CameraProps = Omit<CameraAction, 'type'>;

/**
 * A camera action (`R#camera-action`): opens the camera. Quick replies only; label ≤ 20.
 *
 * @example
 * <QuickReply><Camera label="Take a photo" /></QuickReply>
 */
export const Camera = defineAction<CameraProps>('Camera', 'camera');
