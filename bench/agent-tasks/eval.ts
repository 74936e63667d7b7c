// `npm run eval:agent`: the task suite against a live model — the score a user can run. It uses the
// CLI's settings (DSPLUS_PROVIDER / DSPLUS_API_KEY / DEEPSEEK_API_KEY, ~/.config/dsplus/config.json) and
// spends real tokens, so it never runs in `npm test` or CI. Options: --zh (the tasks in Chinese), --deep,
// --only <id>, --max-steps N.
import { resolveCliConfig } from '../../src/cli/config';
import { presetFor } from '../../src/llm/providers/presets';
import { translate } from '../../src/locales';
import { loadTasks, runTask } from './run-task';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const cfg = resolveCliConfig();
if (presetFor(cfg.settings.provider).needsKey && !cfg.settings.apiKey) {
  console.log('eval:agent not run: no key here (set DSPLUS_API_KEY or DEEPSEEK_API_KEY, or ~/.config/dsplus/config.json).');
  process.exit(0);
}
const locale = flag('--zh') ? 'zh-CN' : 'en-US';
const only = value('--only');
const tasks = loadTasks().filter((t) => !only || t.id === only);
console.log(
  `agent task suite: ${tasks.length} tasks, ${cfg.settings.provider} ${flag('--deep') ? cfg.settings.deepModel : cfg.settings.fastModel}, tasks in ${locale}`,
);
let passed = 0;
let tokens = 0;
for (const t of tasks) {
  const started = Date.now();
  try {
    const r = await runTask(cfg.settings, t, { locale, deep: flag('--deep'), maxSteps: value('--max-steps') ? Number(value('--max-steps')) : undefined });
    tokens += r.result.tokens;
    if (r.match) passed++;
    const note = r.result.error ? translate('en-US', r.result.error.key, r.result.error.params) : r.result.status;
    console.log(
      `${r.match ? 'PASS' : 'FAIL'}  ${t.id.padEnd(20)} ${String(r.result.steps).padStart(2)} calls ${String(r.result.tokens).padStart(7)} tokens ${((Date.now() - started) / 1000).toFixed(1)} s  ${note}`,
    );
    for (const d of r.diffs.slice(0, 5)) console.log(`      ${d}`);
  } catch (e) {
    console.log(`FAIL  ${t.id.padEnd(20)} ${e instanceof Error ? e.message : String(e)}`);
  }
}
console.log(`score: ${passed}/${tasks.length} tasks reproduce the expected workbook by value; ${tokens} tokens in all`);
