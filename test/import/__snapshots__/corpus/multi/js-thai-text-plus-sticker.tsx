import { Sticker, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <>
      <Text>😍 ลองพิมพ์ 'บางมด' ดูก่อนน้า 😍           ( ยังทำ function นี้ไม่เสร็จค่า ;-; )</Text>
      <Sticker packageId="11538" stickerId="51626515" />
    </>
  );
}
