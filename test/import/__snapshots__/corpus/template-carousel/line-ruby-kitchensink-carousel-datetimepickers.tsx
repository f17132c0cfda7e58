import { Carousel, Column, DatetimePicker, MessageAction, Postback, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Carousel altText="Carousel alt text">
      <Column title="hoge" text="fuga">
        <Uri
          label="Go to line.me"
          uri="https://line.me"
          altUri={{ desktop: 'https://line.me#desktop' }}
        />
        <Postback label="Send postback" data="hello world" />
        <MessageAction label="Send message" text="This is message" />
      </Column>
      <Column title="Datetime Picker" text="Please select a date, time or datetime">
        <DatetimePicker
          label="Datetime"
          data="action=sel"
          mode="datetime"
          initial="2017-06-18T06:15"
          max="2100-12-31T23:59"
          min="1900-01-01T00:00"
        />
        <DatetimePicker
          label="Date"
          data="action=sel&only=date"
          mode="date"
          initial="2017-06-18"
          max="2100-12-31"
          min="1900-01-01"
        />
        <DatetimePicker
          label="Time"
          data="action=sel&only=time"
          mode="time"
          initial="12:15"
          max="23:00"
          min="10:00"
        />
      </Column>
    </Carousel>
  );
}
