// A slide as PowerPoint's "Title and Content" layout leaves it (points on a 960×540 slide): its title
// placeholder with text and an empty content placeholder. The diagram-on-a-slide tests put a diagram there,
// through the PowerPoint double in the unit tests and in the pane's e2e.
export const TITLE_PLACEHOLDER = {
  id: '2',
  name: 'Title 1',
  type: 'Placeholder',
  placeholderType: 'Title',
  left: 66,
  top: 29,
  width: 828,
  height: 105,
  text: '报销流程',
};

export const CONTENT_PLACEHOLDER = {
  id: '3',
  name: 'Content Placeholder 2',
  type: 'Placeholder',
  placeholderType: 'Body',
  left: 66,
  top: 144,
  width: 828,
  height: 344,
  text: '',
};
