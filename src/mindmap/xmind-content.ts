// The content of an .xmind as XMind 2020+ writes it (content.json). XMind 8's content.xml is read into
// the same shape (xmind-legacy.ts), so one reader (xmind-read.ts) turns either into MindNode trees.

export interface XmindNotes {
  plain?: { content?: string };
  html?: { content?: { paragraphs?: { spans?: { text?: string }[] }[] } };
  realHTML?: { content?: string };
}

export interface XmindTopic {
  id?: string;
  title?: string;
  notes?: XmindNotes;
  href?: string;
  labels?: string[];
  markers?: { markerId?: string }[];
  image?: { src?: string; width?: number; height?: number };
  children?: { attached?: XmindTopic[]; detached?: XmindTopic[]; summary?: XmindTopic[]; callout?: XmindTopic[] };
  summaries?: { id?: string; range?: string; topicId?: string }[];
  style?: unknown;
}

export interface XmindSheet {
  id?: string;
  title?: string;
  rootTopic?: XmindTopic;
  relationships?: { id?: string; end1Id?: string; end2Id?: string; title?: string }[];
  style?: unknown;
  theme?: unknown;
}
