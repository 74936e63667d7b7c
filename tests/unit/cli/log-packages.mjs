// `node --import ./log-packages.mjs …` appends every npm package the process imports to $DSPLUS_LOAD_LOG,
// one name a line, and every file of the built CLI as `build:<path>`, so a test can see what a command
// loads before it runs.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  const m = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(r.url);
  const b = /\\/build\\/cli\\/(.+)$/.exec(r.url);
  if (m && process.env.DSPLUS_LOAD_LOG) appendFileSync(process.env.DSPLUS_LOAD_LOG, m[1] + '\\n');
  else if (b && process.env.DSPLUS_LOAD_LOG) appendFileSync(process.env.DSPLUS_LOAD_LOG, 'build:' + b[1] + '\\n');
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
