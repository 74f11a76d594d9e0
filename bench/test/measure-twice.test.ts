// Checks of how the harness treats a peer measurement that fails.
// Run: PATH=node_modules/.bin:$PATH node --test bench/test/*.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureTwice } from '../lib/measure-twice.ts';

test('a measurement that fails once is tried again and its value kept', async () => {
  let calls = 0;
  const result = await measureTwice(async () => {
    calls++;
    if (calls === 1) throw new Error('locator.waitFor: Timeout 30000ms exceeded.\nCall log: …');
    return 338;
  });
  assert.deepEqual(result, { ok: true, value: 338 });
  assert.equal(calls, 2);
});

test('a measurement that fails twice is reported by the first line of its error, not thrown', async () => {
  const result = await measureTwice(async () => {
    throw new Error('locator.waitFor: Timeout 30000ms exceeded.\nCall log: …');
  });
  assert.deepEqual(result, { ok: false, error: 'locator.waitFor: Timeout 30000ms exceeded.' });
});
