import { join } from 'node:path';

/**
 * Runs `run` (in-process `dsplus` actions) with the environment every command resolves its provider from
 * pointed at a mock model at `baseUrl`, and no config file of the user's (`dir`/none.json); then puts the
 * environment back.
 */
export async function withModelEnv<T>(baseUrl: string, dir: string, run: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, {
    DSPLUS_CONFIG: join(dir, 'none.json'),
    DSPLUS_PROVIDER: 'deepseek',
    DSPLUS_API_KEY: 'sk-mock',
    DSPLUS_BASE_URL: baseUrl,
    DSPLUS_MODEL: '',
  });
  try {
    return await run();
  } finally {
    process.env = saved;
  }
}
