import { Body, Box, Bubble, Button, Flex, Footer, Header, MessageAction, Postback, QuickReply, Sender, Text } from '@linejsx/jsx';
import { type BubbleSize, defineExample, type TextSize } from './define.ts';

export interface SurveyProps {
  survey: {
    id: string;
    question: string;
    /** The scale's labels, worst to best; one tappable box each. */
    scale: Array<{ label: string; face: string }>;
    /** Quick answers offered under the message. */
    quickAnswers: string[];
    sender: { name: string; iconUrl: string };
  };
  /** The header's background, and the colour of the main button. */
  headerBackground?: string;
  accent?: string;
  bubbleSize?: BubbleSize;
  /** Size of the question. */
  questionSize?: TextSize;
}

/** One answer of the scale: a bordered box that posts its score when tapped. */
function ScoreBox({ surveyId, score, label, face }: { surveyId: string; score: number; label: string; face: string }) {
  return (
    <Box
      flex={1}
      paddingAll="sm"
      cornerRadius="md"
      borderWidth="normal"
      borderColor="#d0d7de"
      alignItems="center"
      action={<Postback label={label} data={`survey=${surveyId}&score=${score}`} displayText={`${face} ${label}`} />}
    >
      <Text size="xxl">{face}</Text>
      <Text size="xxs" color="#57606a" align="center">
        {label}
      </Text>
    </Box>
  );
}

/**
 * A one-question survey on a giga bubble, sent under another name (sender) with quick replies:
 * the scale is a row of boxes with actions; the footer has buttons of three styles and both heights,
 * one opening the keyboard with text filled in.
 */
export function Survey({
  survey,
  headerBackground = '#f6f8fa',
  accent = '#1f883d',
  bubbleSize = 'giga',
  questionSize = 'lg',
}: SurveyProps) {
  return (
    <Flex
      altText={survey.question}
      sender={<Sender name={survey.sender.name} iconUrl={survey.sender.iconUrl} />}
      quickReply={
        <QuickReply>
          {survey.quickAnswers.map((answer) => (
            <MessageAction label={answer} text={answer} />
          ))}
        </QuickReply>
      }
    >
      <Bubble size={bubbleSize}>
        <Header backgroundColor={headerBackground}>
          <Text size="xs" weight="bold" color="#57606a">
            QUICK SURVEY · 1 QUESTION
          </Text>
          <Text size={questionSize} weight="bold" wrap margin="sm">
            {survey.question}
          </Text>
        </Header>
        <Body layout="horizontal" spacing="sm">
          {survey.scale.map((answer, i) => (
            <ScoreBox surveyId={survey.id} score={i + 1} label={answer.label} face={answer.face} />
          ))}
        </Body>
        <Footer spacing="sm">
          <Button
            style="primary"
            color={accent}
            action={
              <Postback
                label="Write a comment"
                data={`survey=${survey.id}&comment=1`}
                inputOption="openKeyboard"
                fillInText="About my visit: "
              />
            }
          />
          <Box layout="horizontal" spacing="sm">
            <Button
              style="secondary"
              height="sm"
              action={<Postback label="Remind me later" data={`survey=${survey.id}&remind=1d`} displayText="Remind me tomorrow" />}
            />
            <Button style="link" height="sm" action={<Postback label="No thanks" data={`survey=${survey.id}&decline=1`} />} />
          </Box>
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<SurveyProps>({
  id: 'survey',
  title: 'Survey',
  description:
    'Giga bubble with quickReply and sender on the flex message; a horizontal body of bordered boxes with postback actions (alignItems center); primary, secondary and link buttons of heights md and sm; a postback that opens the keyboard with fillInText.',
  component: Survey,
  sample: {
    survey: {
      id: 'visit-2026-11',
      question: 'How was your visit to Brown Café Shibuya today?',
      scale: [
        { label: 'Poor', face: '😞' },
        { label: 'Fair', face: '😐' },
        { label: 'Good', face: '🙂' },
        { label: 'Great', face: '😄' },
        { label: 'Perfect', face: '🤩' },
      ],
      quickAnswers: ['Great coffee', 'Too crowded', 'Friendly staff', 'Long wait'],
      sender: { name: 'Brown Café Survey', iconUrl: 'https://images.example.com/brands/brown-cafe/survey-icon.png' },
    },
    headerBackground: '#f6f8fa',
    accent: '#1f883d',
    bubbleSize: 'giga',
    questionSize: 'lg',
  },
});
