import type { URIAction } from '@linejsx/schema';
import { copyProps } from '../props.ts';
import { defineAction } from './action.ts';

export type UriProps = Omit<URIAction, 'type'>;

/**
 * A URI action (`R#uri-action`): opens `uri` (http, https, line or tel; ≤ 1,000 characters).
 * `altUri.desktop` (`S:AltUri.desktop`) is opened instead on LINE for PC. In an imagemap `<Area>` it becomes `linkUri`.
 *
 * @example
 * <Button style="primary" action={<Uri label="View order" uri="https://shop.example.com/orders/42" />} />
 */
export const Uri = defineAction<UriProps>('Uri', 'uri', (props) => {
  const { uri, ...rest } = props;
  return { type: 'uri', linkUri: uri, ...copyProps(rest) };
});
