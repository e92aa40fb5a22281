// `kompas serve` stops within 5 s of SIGTERM while a heavy computation runs (docs/dev/api.md,
// "Deadline"): the computation is a report held for a minute by --test-compute-pause-ms, which
// like a long suppression never looks at the stop request. A request that waited for it past
// --compute-seconds got 503 with Retry-After; a request waiting for it when the signal comes gets
// 503 at once. Its own server on port 18351, its own data directory; the demo data.
//   KOMPAS_BIN (default build/ci/kompas)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const port = Number(process.env.KOMPAS_SHUTDOWN_PORT ?? 18351);
const base = `http://127.0.0.1:${port}`;

async function signIn(email, password) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(res.status, 200, await res.text());
  const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie')]).find((c) => c?.startsWith('kompas_session='));
  assert.ok(cookie, 'a session cookie');
  return cookie.split(';')[0];
}

test('SIGTERM stops the server within 5 s while a report is being computed', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-shutdown-'));
  const data = join(dir, 'data');
  const email = 'stop@kompas.local';
  const password = 'stop-wachtwoord-2026-!x';
  const added = spawnSync(bin, ['user', 'add', '--admin', '--email', email, '--name', 'Beheerder', '--data-dir', data],
    { input: `${password}\n`, encoding: 'utf8' });
  assert.equal(added.status, 0, added.stderr);

  const child = spawn(bin, ['serve', '--port', String(port), '--address', '127.0.0.1', '--data-dir', data,
    '--web-dir', join(root, 'web', 'dist'), '--demo-dir', join(root, 'data', 'demo'),
    '--compute-seconds', '2', '--test-compute-pause-ms', '60000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    for (let i = 0; i < 600 && !/draait op/.test(output); i++) await sleep(100);
    assert.match(output, /draait op/, `server did not start: ${output}`);
    const cookie = await signIn(email, password);
    const report = (granularity) => fetch(`${base}/api/outcomes/municipality/GM0034?granularity=${granularity}`,
      { headers: { Cookie: cookie } });

    // Past the deadline: 503 with Retry-After and the Dutch message; the computation goes on.
    const late = await report('year');
    assert.equal(late.status, 503);
    assert.ok(Number(late.headers.get('retry-after')) >= 1, `Retry-After: ${late.headers.get('retry-after')}`);
    const body = await late.json();
    assert.equal(body.error.code, 'unavailable');
    assert.match(body.error.message, /worden nog berekend; probeer het over \d+ seconden? opnieuw/);

    // A second question waits (behind the first, on the one compute thread) when the signal comes.
    const waiting = report('half_year');
    await sleep(300);
    const signalled = Date.now();
    child.kill('SIGTERM');
    const { code } = await exited;
    const seconds = (Date.now() - signalled) / 1000;
    assert.equal(code, 0, output);
    assert.ok(seconds < 5, `stopped after ${seconds} s`);
    const answer = await waiting.catch((error) => error);
    if (!(answer instanceof Error)) assert.equal(answer.status, 503);  // answered before the end, or cut off
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
