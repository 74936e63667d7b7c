import { Text } from '@fluentui/react-components';

// Placeholder until the slides feature lands.
export default function SlidesPanel() {
  return <Text>slides</Text>;
}
