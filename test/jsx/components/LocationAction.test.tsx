import { LocationAction } from '@linejsx/jsx';
import { describe } from 'vitest';
import { type Place, testPlaces } from '../../support/action-places.tsx';

// R#location-action: opens the location screen.
const action = <LocationAction label="Location" />;
const json = { type: 'location', label: 'Location' };
const ALLOWED: Place[] = ['quickReply', 'quickReplyButton'];

describe('<LocationAction>', () => testPlaces('LocationAction', action, json, ALLOWED));
