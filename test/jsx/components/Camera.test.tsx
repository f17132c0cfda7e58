import { Camera } from '@linejsx/jsx';
import { describe } from 'vitest';
import { type Place, testPlaces } from '../../support/action-places.tsx';

// R#camera-action: opens the camera.
const action = <Camera label="Camera" />;
const json = { type: 'camera', label: 'Camera' };
const ALLOWED: Place[] = ['quickReply', 'quickReplyButton'];

describe('<Camera>', () => testPlaces('Camera', action, json, ALLOWED));
