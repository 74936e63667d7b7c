// markdown-it ships no types; this is the slice of its API the Ask panel uses.
declare module 'markdown-it' {
  export interface Token {
    attrSet(name: string, value: string): void;
  }
  export type RenderRule = (tokens: Token[], idx: number, options: unknown, env: unknown, self: Renderer) => string;
  export interface Renderer {
    rules: Record<string, RenderRule | undefined>;
    renderToken(tokens: Token[], idx: number, options: unknown): string;
  }
  export interface Options {
    html?: boolean;
    linkify?: boolean;
    breaks?: boolean;
    typographer?: boolean;
  }
  export default class MarkdownIt {
    constructor(options?: Options);
    render(src: string): string;
    renderer: Renderer;
  }
}
