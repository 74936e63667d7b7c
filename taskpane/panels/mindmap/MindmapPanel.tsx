import { Text } from '@fluentui/react-components';

// Placeholder until the mindmap feature lands.
export default function MindmapPanel() {
  return <Text>mindmap</Text>;
}
