import { Carousel, Column, Postback, Uri } from '@linejsx/jsx';

export function Imported() {
  return (
    <Carousel altText="this is a carousel template" imageAspectRatio="rectangle" imageSize="cover">
      <Column
        thumbnailImageUrl="https://yahui1201.files.wordpress.com/2010/12/e78cb4e7a19001.jpg"
        title="猴硐煤礦博物園區"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={
          <Uri label="View detail" uri="https://newtaipei.travel/zh-tw/attractions/detail/110748" />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區柴寮路42號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri label="造訪網站↗" uri="https://newtaipei.travel/zh-tw/attractions/detail/110748" />
      </Column>
      <Column
        thumbnailImageUrl="https://choyce.tw/wp-content/uploads/20200903235438_27.jpg"
        title="猴硐礦工文史館"
        text="每週二~週日09:00`17:00(週一休館)"
        defaultAction={<Uri label="View detail" uri="https://smiletaiwan.cw.com.tw/article/5458" />}
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區柴寮路25號" uri="https://goo.gl/maps/CoUX1RF5E9WpTfgs5" />
        <Uri label="造訪網站↗" uri="https://smiletaiwan.cw.com.tw/article/5458" />
      </Column>
      <Column
        thumbnailImageUrl="https://cw1.tw/CP/images/article/P1400560129646.jpg"
        title="金瓜石黃金博物園區"
        text="平日09:30~17:00、假日及國定09:30~18:00"
        defaultAction={
          <Uri
            label="View detail"
            uri="https://www.gep.ntpc.gov.tw/xmdoc/cont?xsmsid=0G246368552167800609"
          />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區金光路8號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri
          label="造訪網站↗"
          uri="https://www.gep.ntpc.gov.tw/xmdoc/cont?xsmsid=0G246368552167800609"
        />
      </Column>
      <Column
        thumbnailImageUrl="https://content.shopback.com/tw/wp-content/uploads/2018/10/20235807/theater.jpg"
        title="九份昇平戲院"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={
          <Uri label="View detail" uri="https://newtaipei.travel/zh-tw/attractions/detail/110748" />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區金光路8號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri label="造訪網站↗" uri="https://newtaipei.travel/zh-tw/attractions/detail/110024" />
      </Column>
      <Column
        thumbnailImageUrl="https://www.welcometw.com/wp-content/uploads/2020/jiufen/04/%E4%B9%9D%E4%BB%BD%E9%87%91%E7%A4%A6%E5%8D%9A%E7%89%A9%E9%A4%A83-scaled.jpg"
        title="九份金礦博物館"
        text="平日:10:00-18:00 假日:09:00-18:00"
        defaultAction={
          <Uri label="View detail" uri="https://newtaipei.travel/zh-tw/attractions/detail/110668" />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區石碑巷66號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri label="造訪網站↗" uri="https://newtaipei.travel/zh-tw/attractions/detail/110668" />
      </Column>
      <Column
        thumbnailImageUrl="https://www.welcometw.com/wp-content/uploads/2020/jiufen/03/RIMG4606-scaled.jpg"
        title="九份木屐王"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={
          <Uri label="View detail" uri="https://newtaipei.travel/zh-tw/attractions/detail/110748" />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區基山街22號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri
          label="造訪網站↗"
          uri="https://www.tripadvisor.com.tw/Attraction_Review-g13806837-d6554500-Reviews-Jiufen_Wooden_Clog_Shop-Ruifang_New_Taipei.html"
        />
      </Column>
      <Column
        thumbnailImageUrl="https://photo.travelking.com.tw/scenery/FCAF09FF-F13E-4702-AD07-FF570D04107F_e.jpg"
        title="猴硐壺穴觀景台"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={
          <Uri label="View detail" uri="https://newtaipei.travel/zh-tw/attractions/detail/110748" />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區柴寮路" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri
          label="造訪網站↗"
          uri="https://www.tripadvisor.com.tw/Attraction_Review-g13806837-d6955811-Reviews-Husyue_Dising-Ruifang_New_Taipei.html"
        />
      </Column>
      <Column
        thumbnailImageUrl="https://d1ralsognjng37.cloudfront.net/69d3f3d4-abd2-43ef-ba90-e9497bc47dd6.jpeg?width=500"
        title="阿珠姐肉羹'"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={
          <Uri label="View detail" uri="https://newtaipei.travel/zh-tw/attractions/detail/110748" />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="新北市瑞芳區魚寮路154號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri label="造訪網站↗" uri="https://www.walkerland.com.tw/article/view/288371" />
      </Column>
      <Column
        thumbnailImageUrl="https://auntie.tw/wp-content/uploads/DSC06801_batch.jpg"
        title="文瓊小築"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={<Uri label="View detail" uri="https://auntie.tw/wen-qiong/" />}
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="新北市瑞芳區魚寮路152號" uri="https://goo.gl/maps/9hu4pJL4UYcVoarbA" />
        <Uri label="造訪網站↗" uri="https://auntie.tw/wen-qiong/" />
      </Column>
      <Column
        thumbnailImageUrl="https://d.share.photo.xuite.net/yuhyng/1d6308d/19828679/1123337414_m.jpg"
        title="猴硐神社遺址"
        text="每週一~週日08:00 - 18:00'"
        defaultAction={
          <Uri
            label="View detail"
            uri="http://tamsui.dils.tku.edu.tw/wiki/index.php/%E7%8C%B4%E7%A1%90%E7%A5%9E%E7%A4%BE%E9%81%BA%E5%9D%80"
          />
        }
      >
        <Postback label="★★★★★★地址★★★★★★'" data="將這個訊息偷偷回傳給機器人" />
        <Uri label="224新北市瑞芳區侯硐路61號" uri="https://goo.gl/maps/6aX7TyBd9zEUPjE26" />
        <Uri
          label="造訪網站↗"
          uri="http://tamsui.dils.tku.edu.tw/wiki/index.php/%E7%8C%B4%E7%A1%90%E7%A5%9E%E7%A4%BE%E9%81%BA%E5%9D%80"
        />
      </Column>
    </Carousel>
  );
}
