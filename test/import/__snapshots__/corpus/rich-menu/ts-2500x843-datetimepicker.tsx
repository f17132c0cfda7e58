import { Area, DatetimePicker, MessageAction, RichMenu } from '@linejsx/jsx';

export function Imported() {
  return (
    <RichMenu size="half" selected name="richmenu-b" chatBarText="Tap to open">
      <Area x={14} y={29} width={787} height={770}><MessageAction text="最近節慶" /></Area>
      <Area x={863} y={33} width={772} height={771}><MessageAction text="最新資訊" /></Area>
      <Area x={1692} y={29} width={788} height={783}>
        <DatetimePicker
          data="資料 4"
          mode="date"
          initial="2024-01-15"
          max="2025-01-15"
          min="2023-01-15"
        />
      </Area>
    </RichMenu>
  );
}
