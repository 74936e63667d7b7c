// Screenshots of the built pane doing each job, driven as a user would against the local mock model
// (tests/support/mock-llm.ts), at the widths Office gives a task pane, in both languages and both themes —
// for looking at (issue #14; scripts/pane-screens.ts shoots the empty views).
//   npx tsx scripts/pane-screens-jobs.ts [out-dir] [view ...]        (after `npm run build`; `npm run screens` does both)
// WIDTHS=320, LANGS=zh-CN and THEMES=dark limit the run (comma-separated).
// Each shot is as tall as the pane's content (the pane scrolls inside; the picture shows all of it). For
// each, the script reports what sticks out sideways, text cut off with no sign of it, text shortened on
// purpose (…), and button labels that wrap; a summary is written to <out-dir>/report.md.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settingsStorage, startE2E, type PaneOptions } from '../tests/support/e2e';
import { startMockLlm } from '../tests/support/mock-llm';
import { SALES_TOTALS_RUN, scriptedRun } from '../tests/support/agent-script';
import { shotLine, shotReport } from '../tests/support/pane-fit';
import { generateMessySales } from '../tests/fixtures/sheets/messy-sales';
import { toCsv } from '../src/sheets/read-csv';
import { translate } from '../src/locales';
import type { Locale } from '../src/locales/types';
import type { MessageKey } from '../src/locales/keys';
import { answerFor, PROOF_TEXT } from './screens/mock-answers';

type T = (key: string) => string;
interface Job {
  /** Pane options beyond language, theme and size (a host double, no saved provider…). */
  options?: (llmUrl: string, agentUrl: string) => PaneOptions;
  drive(page: Page, t: T, lang: Locale): Promise<void>;
}

const [out = 'test-output/screens-jobs', ...only] = process.argv.slice(2);
const list = (name: string, all: string) => (process.env[name] ?? all).split(',');
const WIDTHS = list('WIDTHS', '320,350').map(Number);
const LANGS = list('LANGS', 'zh-CN,en-US') as Locale[];
const THEMES = list('THEMES', 'light,dark');

const dir = mkdtempSync(join(tmpdir(), 'pane-screens-'));
const csv = join(dir, '销售.csv');
writeFileSync(csv, toCsv(generateMessySales(200, 7)));

const job = (page: Page, t: T, key: string) => page.getByRole('button', { name: new RegExp(`^${t(key)}`) }).click();
const setupRoute = (route: string): Job => ({
  // No provider saved: the job offers the setup card.
  options: () => ({ storage: {} }),
  async drive(page, t) {
    await page.getByRole('tab', { name: t('tab.slides'), exact: true }).click();
    await page
      .getByRole('button', { name: t('setup.open') })
      .first()
      .click();
    await page.getByRole('radio', { name: t(`setup.choice.${route}`) }).check();
  },
});

// The two views other engineers are changing now (the slides outline editor, the minutes form) come last.
const JOBS: Record<string, Job> = {
  home: { drive: async (page) => void (await page.getByRole('heading').first().waitFor()) },
  settings: {
    async drive(page, t) {
      await page.getByRole('button', { name: t('tab.settings'), exact: true }).click();
      await page.getByRole('combobox').first().waitFor();
    },
  },
  ask: {
    async drive(page, t) {
      await job(page, t, 'job.ask');
      await page.getByLabel(t('ask.input.label')).fill(t('tab.ask') === 'Ask' ? 'What is a KV cache, in three points?' : '用三点解释什么是 KV cache');
      await page.getByRole('button', { name: t('ask.send') }).click();
      await page.getByTestId('ask-usage').waitFor();
    },
  },
  proofread: {
    async drive(page, t, lang) {
      await job(page, t, 'job.proofread');
      await page.getByLabel(t('word.source.text')).fill(PROOF_TEXT[lang]);
      await page.getByRole('button', { name: t('word.proof.check'), exact: true }).click();
      await page.getByRole('button', { name: t('recordForm.proof.acceptAll') }).waitFor();
    },
  },
  clean: {
    async drive(page, t) {
      await job(page, t, 'job.clean');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: t('sheets.source.open') }).click()]);
      await chooser.setFiles(csv);
      // The Clean job asks the model for a plan as soon as the table is in; then the user previews it.
      await page.getByRole('listitem', { name: /^(第 4 步|Step 4)$/ }).waitFor();
      await page.getByRole('button', { name: t('sheets.clean.preview'), exact: true }).click();
      await page.getByRole('table').first().waitFor();
    },
  },
  mindmap: {
    async drive(page, t, lang) {
      await job(page, t, 'job.mindmap');
      const md =
        lang === 'zh-CN'
          ? '# 出差准备\n## 行李\n- 护照\n- 充电器\n## 行程\n- 上海\n- 杭州\n## 预算\n- 交通\n- 住宿'
          : '# Business trip\n## Packing\n- Passport\n- Charger\n## Route\n- Lisbon\n- Porto\n## Budget\n- Travel\n- Hotel';
      await page.getByRole('textbox', { name: t('mindmap.panel.editorLabel') }).fill(md);
      await page.getByTestId('mindmap-view').locator('g.markmap-node').nth(8).waitFor();
      await page.waitForTimeout(600);
    },
  },
  diagram: {
    async drive(page, t, lang) {
      await job(page, t, 'job.diagram');
      await page
        .getByLabel(t('diagram.panel.describeLabel'))
        .fill(lang === 'zh-CN' ? '报销审批流程：超过 5000 元需总经理审批' : 'Expense approval: over 5,000 yuan needs the general manager');
      await page.getByRole('button', { name: t('diagram.panel.write'), exact: true }).click();
      await page.locator('[data-testid="diagram-preview"] text', { hasText: lang === 'zh-CN' ? '财务打款' : 'Finance pays' }).waitFor();
    },
  },
  agent: {
    options: (_, agentUrl) => ({
      host: 'excel',
      storage: settingsStorage(agentUrl, { provider: 'deepseek' }),
      requirementSets: { ExcelApi: '1.20' },
      doubleState: {
        sheets: [
          {
            name: 'Sales',
            values: [
              ['Item', 'Qty', 'Price'],
              ['pen', 2, 3],
              ['ink', 1, 10],
              ['pad', 4, 2.5],
            ],
          },
        ],
      },
    }),
    async drive(page, t, lang) {
      await page.getByRole('tab', { name: t('tab.agent'), exact: true }).click();
      await page.getByLabel(t('agent.panel.task')).fill(lang === 'zh-CN' ? '添加“合计”列，并新建汇总表' : 'Add a Total column and a summary sheet');
      await page.getByRole('button', { name: t('agent.panel.run'), exact: true }).click();
      await page
        .getByRole('list', { name: t('agent.panel.changes') })
        .getByRole('listitem')
        .nth(1)
        .waitFor();
    },
  },
  'setup-deepseek': setupRoute('deepseek'),
  'setup-local': setupRoute('local'),
  'setup-other': setupRoute('other'),
  'setup-relay': setupRoute('relay'),
  slides: {
    async drive(page, t, lang) {
      await job(page, t, 'job.slides');
      await page
        .getByRole('textbox', { name: new RegExp(`^${t('slides.topic.label')}`) })
        .fill(lang === 'zh-CN' ? '我们公司的远程办公' : 'Remote work at our company');
      await page.getByRole('button', { name: t('slides.generate.button'), exact: true }).click();
      await page
        .getByRole('region', { name: t('slides.preview.label') })
        .getByRole('listitem')
        .nth(3)
        .waitFor();
    },
  },
  minutes: {
    async drive(page, t, lang) {
      await job(page, t, 'job.minutes');
      await page
        .getByLabel(t('word.source.text'))
        .fill(
          lang === 'zh-CN'
            ? '周会 2026-03-02\n参会：张三、李四\n上线定在3月15日。张三周五前提交预算说明。'
            : 'Weekly sync 2026-03-02\nAna, Ben, Chen\nLaunch on 15 March. Ana sends the budget note by Friday.',
        );
      await page.getByRole('button', { name: t('word.minutes.generate'), exact: true }).click();
      await page.getByRole('form', { name: t('recordForm.minutes.form') }).waitFor();
    },
  },
};

const views = only.length ? only : Object.keys(JOBS);
for (const v of views) if (!JOBS[v]) throw new Error(`Unknown view "${v}". Views: ${Object.keys(JOBS).join(', ')}`);
mkdirSync(out, { recursive: true });
let lang: Locale = 'zh-CN';
const llm = await startMockLlm(answerFor(() => lang));
const agentLlm = await startMockLlm();
const e2e = await startE2E();
const rows: string[] = [];
let problems = 0;
try {
  for (const view of views) {
    for (const width of WIDTHS) {
      for (const locale of LANGS) {
        for (const dark of THEMES.map((x) => x === 'dark')) {
          lang = locale;
          const t: T = (key) => translate(locale, key as MessageKey);
          const name = `${view}-${width}-${locale}${dark ? '-dark' : ''}`;
          if (view === 'agent') agentLlm.setHandler(scriptedRun(SALES_TOTALS_RUN));
          const { page, context } = await e2e.open({
            locale,
            dark,
            viewport: { width, height: 700 },
            storage: settingsStorage(llm.url),
            ...JOBS[view].options?.(llm.url, agentLlm.url),
          });
          // tsx keeps function names with a helper (__name) that the page does not have; the checks in
          // tests/support/pane-fit.ts are written as functions and would call it.
          await page.evaluate('window.__name = (f) => f');
          let failed = '';
          try {
            await JOBS[view].drive(page, t, locale);
          } catch (e) {
            failed = `could not drive: ${(e as Error).message.split('\n')[0]}`;
          }
          // Checked as it has settled (transitions, the mind map's fit).
          await page.waitForTimeout(400);
          const report = await shotReport(page);
          // The pane scrolls inside <main>: grow the window to show all of it in one picture.
          const extra = await page.evaluate(() => {
            const main = document.querySelector('main');
            return main ? main.scrollHeight - main.clientHeight : 0;
          });
          if (extra > 0) {
            await page.setViewportSize({ width, height: Math.min(700 + extra, 6000) });
            // A drawing refits to the new window with a 0.5 s transition.
            await page.waitForTimeout(900);
          }
          const file = join(out, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await context.close();
          if (failed) report.issues.unshift(failed);
          problems += report.issues.length;
          console.log(shotLine(file, report));
          rows.push(`| ${view} | ${width} | ${locale} | ${dark ? 'dark' : 'light'} | ${report.issues.join('<br>') || 'ok'} | ${report.notes.join('<br>')} |`);
        }
      }
    }
  }
} finally {
  await e2e.close();
  await llm.close();
  await agentLlm.close();
}
writeFileSync(
  join(out, 'report.md'),
  ['| view | width | language | theme | problems | to look at |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n'),
);
console.log(`${rows.length} shots in ${out}; ${problems} problems (see ${join(out, 'report.md')}).`);
process.exitCode = problems ? 1 : 0;
