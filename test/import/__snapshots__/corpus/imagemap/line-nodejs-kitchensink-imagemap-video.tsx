import { Area, Imagemap, MessageAction, Uri, Video } from '@linejsx/jsx';

export function Imported() {
  return (
    <Imagemap
      baseUrl="https://abcd1234.ngrok.io/static/rich"
      altText="Imagemap alt text"
      baseSize={{ width: 1040, height: 1040 }}
      video={
        <Video
          originalContentUrl="https://abcd1234.ngrok.io/static/imagemap/video.mp4"
          previewImageUrl="https://abcd1234.ngrok.io/static/imagemap/preview.jpg"
          area={{ x: 280, y: 385, width: 480, height: 270 }}
          externalLink={{ linkUri: 'https://line.me', label: 'LINE' }}
        />
      }
    >
      <Area x={0} y={0} width={520} height={520}>
        <Uri uri="https://store.line.me/family/manga/en" />
      </Area>
      <Area x={520} y={0} width={520} height={520}>
        <Uri uri="https://store.line.me/family/music/en" />
      </Area>
      <Area x={0} y={520} width={520} height={520}>
        <Uri uri="https://store.line.me/family/play/en" />
      </Area>
      <Area x={520} y={520} width={520} height={520}><MessageAction text="URANAI!" /></Area>
    </Imagemap>
  );
}
