import { Buttons, Postback } from '@linejsx/jsx';

export function Imported() {
  return (
    <Buttons altText="การช่วยเหลือ" text="การช่วยเหลือ">
      <Postback
        label="เข้าร่วมกลุ่ม"
        data="action=joinGroup"
        inputOption="openKeyboard"
        fillInText="กรอกรหัสเข้าร่วมกลุ่ม: "
      />
      <Postback
        label="งานที่ยังไม่แล้วเสร็จ"
        displayText="งานที่ยังไม่แล้วเสร็จ"
        data="action=UNFINISHED_TASK"
      />
    </Buttons>
  );
}
