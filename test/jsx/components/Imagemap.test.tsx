import { Area, Clipboard, Imagemap, MessageAction, render, Uri, Video } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

const base = { baseUrl: 'https://cdn.example.com/imagemaps/spring', altText: 'Spring menu', baseSize: { width: 1040, height: 1040 } };

describe('<Imagemap>', () => {
  it('renders uri, message and clipboard areas and a video', () => {
    const message = render(
      <Imagemap
        {...base}
        video={
          <Video
            originalContentUrl="https://cdn.example.com/spring.mp4"
            previewImageUrl="https://cdn.example.com/spring.jpg"
            area={{ x: 0, y: 0, width: 1040, height: 585 }}
            externalLink={{ linkUri: 'https://shop.example.com/spring', label: 'See more' }}
          />
        }
      >
        <Area x={0} y={585} width={520} height={455}>
          <Uri label="Shop" uri="https://shop.example.com/" />
        </Area>
        <Area x={520} y={585} width={260} height={455}>
          <MessageAction label="Menu" text="menu" />
        </Area>
        <Area x={780} y={585} width={260} height={455}>
          <Clipboard label="Code" clipboardText="SPRING-2026" />
        </Area>
      </Imagemap>,
    );
    expect(message).toMatchSnapshot();
  });

  it('renders areas from a mapped array, with fragments and nulls in between', () => {
    const links = ['a', 'b'];
    const message = render(
      <Imagemap {...base}>
        {links.map((id, i) => (
          <Area x={i * 520} y={0} width={520} height={1040}>
            <Uri uri={`https://shop.example.com/${id}`} />
          </Area>
        ))}
        {null}
        <>{false}</>
      </Imagemap>,
    );
    expect(message).toEqual({
      type: 'imagemap',
      ...base,
      actions: [
        { type: 'uri', linkUri: 'https://shop.example.com/a', area: { x: 0, y: 0, width: 520, height: 1040 } },
        { type: 'uri', linkUri: 'https://shop.example.com/b', area: { x: 520, y: 0, width: 520, height: 1040 } },
      ],
    });
  });

  it('allows at most 50 areas', () => {
    const areas = (n: number) =>
      Array.from({ length: n }, (_, i) => (
        <Area x={0} y={i * 20} width={1040} height={20}>
          <MessageAction text={`row ${i}`} />
        </Area>
      ));
    expect(render(<Imagemap {...base}>{areas(50)}</Imagemap>).type).toBe('imagemap');
    expect(located(catchValidation(() => render(<Imagemap {...base}>{areas(51)}</Imagemap>)))).toEqual([
      ['<Imagemap>', 'actions', '51 imagemap actions; LINE allows at most 50 imagemap actions'],
    ]);
  });

  it('refuses a baseUrl that names a file and a width other than 1040', () => {
    const error = catchValidation(() =>
      render(
        <Imagemap baseUrl="https://cdn.example.com/menu.jpg" altText="Menu" baseSize={{ width: 460, height: 460 }}>
          <Area x={0} y={0} width={460} height={460}>
            <MessageAction text="menu" />
          </Area>
        </Imagemap>,
      ),
    );
    expect(error.issues.map((i) => [i.component?.path, i.path, i.code])).toEqual([
      ['<Imagemap>', 'baseUrl', 'invalid_format'],
      ['<Imagemap>', 'baseSize.width', 'invalid_value'],
    ]);
  });

  it('refuses text between its areas', () => {
    const error = catchValidation(() =>
      render(
        <Imagemap {...base}>
          Tap here
          <Area x={0} y={0} width={1040} height={1040}>
            <MessageAction text="menu" />
          </Area>
        </Imagemap>,
      ),
    );
    expect(located(error)).toEqual([['<Imagemap>', 'actions[0]', 'the text "Tap here" can not go inside <Imagemap>; put it in a <Text>']]);
  });
});
