import { Carousel, Column, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Carousel altText="臺北市未來 36 小時天氣預測">
      <Column
        thumbnailImageUrl="https://i.imgur.com/Ex3Opfo.png"
        title="09-20 18:00 ~ 09-21 06:00"
        text={'天氣狀況 多雲時晴\n溫度 26 ~ 30 °C\n降雨機率 10'}
      >
        <Uri label="詳細內容" uri="https://www.cwb.gov.tw/V8/C/W/County/index.html" />
      </Column>
      <Column
        thumbnailImageUrl="https://i.imgur.com/Ex3Opfo.png"
        title="09-20 18:00 ~ 09-21 06:00"
        text={'天氣狀況 晴時多雲\n溫度 25 ~ 29 °C\n降雨機率 0'}
      >
        <Uri label="詳細內容" uri="https://www.cwb.gov.tw/V8/C/W/County/index.html" />
      </Column>
      <Column
        thumbnailImageUrl="https://i.imgur.com/Ex3Opfo.png"
        title="09-20 18:00 ~ 09-21 06:00"
        text={'天氣狀況 多雲午後短暫雷陣雨\n溫度 26 ~ 33 °C\n降雨機率 30'}
      >
        <Uri label="詳細內容" uri="https://www.cwb.gov.tw/V8/C/W/County/index.html" />
      </Column>
    </Carousel>
  );
}
