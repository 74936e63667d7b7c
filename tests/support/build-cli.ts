// vitest globalSetup: builds the `dsplus` CLI once before the tests, so every test that spawns
// bin/dsplus.js runs the built JavaScript of the sources under test (and no two test workers rebuild it
// at the same time).
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
