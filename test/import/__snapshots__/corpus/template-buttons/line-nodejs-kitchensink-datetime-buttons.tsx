import { Buttons, DatetimePicker } from '@linejsx/jsx';

export function Imported() {
  return (
    <Buttons altText="Datetime pickers alt text" text="Select date / time !">
      <DatetimePicker label="date" data="DATE" mode="date" />
      <DatetimePicker label="time" data="TIME" mode="time" />
      <DatetimePicker label="datetime" data="DATETIME" mode="datetime" />
    </Buttons>
  );
}
