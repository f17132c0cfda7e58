import { Buttons, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Buttons
      altText="Check out this profile"
      thumbnailImageUrl="https://profile.line-scdn.net/0hoczsWu6VMExHCh1UxVFPG3tPPiEwJDYEP20oeGVYZns_aHMceTh6KjVePSloPHESeGp-LWECbX9p"
      imageAspectRatio="rectangle"
      imageSize="cover"
      imageBackgroundColor="#FFFFFF"
      title="Adam"
      text="Presenting in #LINE_DM!"
    >
      <Uri label="Connpass" uri="https://line.connpass.com/event/139283/" />
      <Uri label="Selfie 📸" uri="line://nv/camera/" />
      <Uri label="LIFF" uri="line://app/1600101091-PdEQmLkV" />
    </Buttons>
  );
}
