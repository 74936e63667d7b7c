import { Text } from '@fluentui/react-components';

// Placeholder until the word feature lands.
export default function WordPanel() {
  return <Text>word</Text>;
}
