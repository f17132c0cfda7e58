import { CameraRoll } from '@linejsx/jsx';
import { describe } from 'vitest';
import { type Place, testPlaces } from '../../support/action-places.tsx';

// R#camera-roll-action: opens the photo library.
const action = <CameraRoll label="Photos" />;
const json = { type: 'cameraRoll', label: 'Photos' };
const ALLOWED: Place[] = ['quickReply', 'quickReplyButton'];

describe('<CameraRoll>', () => testPlaces('CameraRoll', action, json, ALLOWED));
