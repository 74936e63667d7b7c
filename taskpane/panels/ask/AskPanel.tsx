import { Text } from '@fluentui/react-components';

// Placeholder until the ask feature lands.
export default function AskPanel() {
  return <Text>ask</Text>;
}
