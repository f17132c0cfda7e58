import { Confirm, MessageAction } from '@linejsx/jsx';

export function Imported() {
  return (
    <Confirm altText="ทดสอบความเกีย" text="คุณกลัวเมียหรือไม่?">
      <MessageAction label="กลัว" text="555555555555 อ่อน!" />
      <MessageAction label="ไม่กลัว" text="ใช่ป่าวววว!" />
    </Confirm>
  );
}
