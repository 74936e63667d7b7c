import { describe, expect, it } from 'vitest';
import { relayStartLines } from '../../../src/relay/start-lines';

describe('the command the setup card shows to start the relay', () => {
  it('the pane’s own /relay/v1 is served by npm start', () => {
    expect(relayStartLines('http://localhost:3000/relay/v1', 'deepseek', 'http://localhost:3000')).toEqual({
      sameOrigin: true,
      lines: ['export DSPLUS_API_KEY=sk-…', 'npm start'],
    });
  });

  it('a relay elsewhere is dsplus relay, with its port and the pane’s origin when that is not the add-in’s own', () => {
    expect(relayStartLines('http://127.0.0.1:8787/v1', 'nvidia', 'http://localhost:3000').lines[1]).toBe('npx dsplus relay --provider nvidia');
    expect(relayStartLines('http://127.0.0.1:9000/v1', 'deepseek', 'https://addin.example.com').lines[1]).toBe(
      'npx dsplus relay --provider deepseek --allow-origin https://addin.example.com --port 9000',
    );
    // A half-typed address still shows the default relay's command.
    expect(relayStartLines('http://', 'deepseek', 'http://localhost:3000').lines[1]).toBe('npx dsplus relay --provider deepseek');
  });
});
