import { Text } from '@fluentui/react-components';

// Placeholder until the sheets feature lands.
export default function SheetsPanel() {
  return <Text>sheets</Text>;
}
