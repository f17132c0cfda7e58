import { Mention, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <>
      <Text>正在辨識你的食物中，請稍候...✨</Text>
      <Text>
        <Mention userId="U1a2b3c4d5e6f708192a3b4c5d6e7f809" name="user" />
        {' 這份便當約 750 大卡，蛋白質 32g、碳水 95g、脂肪 24g。'}
      </Text>
    </>
  );
}
