import {
  Body,
  Box,
  Bubble,
  Button,
  Flex,
  Footer,
  Header,
  MessageAction,
  Postback,
  QuickReply,
  Sender,
  Text,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Flex
      altText="How was your visit to Brown Café Shibuya today?"
      quickReply={
        <QuickReply>
          <MessageAction label="Great coffee" text="Great coffee" />
          <MessageAction label="Too crowded" text="Too crowded" />
          <MessageAction label="Friendly staff" text="Friendly staff" />
          <MessageAction label="Long wait" text="Long wait" />
        </QuickReply>
      }
      sender={
        <Sender
          name="Brown Café Survey"
          iconUrl="https://images.example.com/brands/brown-cafe/survey-icon.png"
        />
      }
    >
      <Bubble size="giga">
        <Header backgroundColor="#f6f8fa">
          <Text size="xs" weight="bold" color="#57606a">QUICK SURVEY · 1 QUESTION</Text>
          <Text size="lg" weight="bold" wrap margin="sm">
            How was your visit to Brown Café Shibuya today?
          </Text>
        </Header>
        <Body layout="horizontal" spacing="sm">
          <Box
            flex={1}
            paddingAll="sm"
            cornerRadius="md"
            borderWidth="normal"
            borderColor="#d0d7de"
            alignItems="center"
            action={
              <Postback label="Poor" data="survey=visit-2026-11&score=1" displayText="😞 Poor" />
            }
          >
            <Text size="xxl">😞</Text>
            <Text size="xxs" color="#57606a" align="center">Poor</Text>
          </Box>
          <Box
            flex={1}
            paddingAll="sm"
            cornerRadius="md"
            borderWidth="normal"
            borderColor="#d0d7de"
            alignItems="center"
            action={
              <Postback label="Fair" data="survey=visit-2026-11&score=2" displayText="😐 Fair" />
            }
          >
            <Text size="xxl">😐</Text>
            <Text size="xxs" color="#57606a" align="center">Fair</Text>
          </Box>
          <Box
            flex={1}
            paddingAll="sm"
            cornerRadius="md"
            borderWidth="normal"
            borderColor="#d0d7de"
            alignItems="center"
            action={
              <Postback label="Good" data="survey=visit-2026-11&score=3" displayText="🙂 Good" />
            }
          >
            <Text size="xxl">🙂</Text>
            <Text size="xxs" color="#57606a" align="center">Good</Text>
          </Box>
          <Box
            flex={1}
            paddingAll="sm"
            cornerRadius="md"
            borderWidth="normal"
            borderColor="#d0d7de"
            alignItems="center"
            action={
              <Postback label="Great" data="survey=visit-2026-11&score=4" displayText="😄 Great" />
            }
          >
            <Text size="xxl">😄</Text>
            <Text size="xxs" color="#57606a" align="center">Great</Text>
          </Box>
          <Box
            flex={1}
            paddingAll="sm"
            cornerRadius="md"
            borderWidth="normal"
            borderColor="#d0d7de"
            alignItems="center"
            action={
              <Postback
                label="Perfect"
                data="survey=visit-2026-11&score=5"
                displayText="🤩 Perfect"
              />
            }
          >
            <Text size="xxl">🤩</Text>
            <Text size="xxs" color="#57606a" align="center">Perfect</Text>
          </Box>
        </Body>
        <Footer spacing="sm">
          <Button
            style="primary"
            color="#1f883d"
            action={
              <Postback
                label="Write a comment"
                data="survey=visit-2026-11&comment=1"
                inputOption="openKeyboard"
                fillInText="About my visit: "
              />
            }
          />
          <Box layout="horizontal" spacing="sm">
            <Button
              style="secondary"
              height="sm"
              action={
                <Postback
                  label="Remind me later"
                  data="survey=visit-2026-11&remind=1d"
                  displayText="Remind me tomorrow"
                />
              }
            />
            <Button
              style="link"
              height="sm"
              action={<Postback label="No thanks" data="survey=visit-2026-11&decline=1" />}
            />
          </Box>
        </Footer>
      </Bubble>
    </Flex>
  );
}
