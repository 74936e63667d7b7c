// Real input: Chinese course notes and a Chinese README (tests/fixtures/real/SOURCES.md). The local
// punctuation pre-check must flag what a careful editor would, and nothing in links, code or English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPunctuation } from '../../src/writing/punctuation-check';
import { documentText } from '../../src/writing/document-text';

const check = (name: string) => {
  const text = documentText(readFileSync(new URL(`../fixtures/real/markdown/${name}`, import.meta.url), 'utf8')).text;
  return checkPunctuation(text).map((e) => `${e.original}→${e.replacement}`);
};

describe('proofreading pre-check on real Chinese documents', () => {
  it('Raspberry Pi course notes: the four half-width marks in Chinese sentences, none in its dozen links', () => {
    expect(check('rpf-rock-paper-scissors-zh.md')).toEqual(['则: →则： ', '绍:→绍：', '中, →中， ', '）;→）；']);
  });

  it('the KisFlow README: three slips in prose; its Go and YAML code, URLs and English lines are left alone', () => {
    expect(check('kis-flow-readme-cn.md')).toEqual(['架. →架。 ', '者,一→者，一', '信: →信： ']);
  });
});

describe('code, links and English inside Chinese text', () => {
  // Shapes taken from Chinese programming tutorials (print calls with Chinese strings, links with Chinese
  // paths); written for this project.
  const flags = (text: string) => checkPunctuation(text).map((e) => e.original);
  it.each([
    ['示例：\nfmt.Println("你好,世界")\nlog.Printf("错误:%v", err)\n运行即可。'],
    ['name = input("请输入你的名字: ")\nprint("你好,", name)'],
    ['调用 print("名字:", name) 打印。'],
    ['访问 https://zh.wikipedia.org/wiki/中文:维基 获取。'],
    ['他说：“Stay hungry, stay foolish.”这句话很有名。'],
    ['Step 1：安装'],
  ])('%s has no false positive', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('a real slip beside them is still flagged', () => {
    expect(flags('print("你好,", name)\n参见第3回.')).toEqual(['回.']);
  });
});
