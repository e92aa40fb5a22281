// Configuration: flags before KOMPAS_* environment variables before the optional TOML file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');

// Starts `kompas serve` and returns the port it says it listens on, then stops it.
async function listeningPort(args, env) {
  const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  try {
    for (let i = 0; i < 100 && !/draait op/.test(output); i++) await sleep(100);
    const match = /draait op http:\/\/[^:]+:(\d+)\//.exec(output);
    assert.ok(match, `server did not start: ${output}`);
    const port = Number(match[1]);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    assert.equal(health.status, 200);
    return port;
  } finally {
    child.kill('SIGTERM');
  }
}

test('the TOML file, the environment and the flags each set the port, in that order of precedence', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-config-'));
  try {
    const config = join(dir, 'kompas.toml');
    writeFileSync(config, '[serve]\nport = 18341\naddress = "127.0.0.1"\n');
    const base = ['--config', config, 'serve', '--data-dir', join(dir, 'data'), '--no-demo'];
    const env = { KOMPAS_PORT: '', KOMPAS_DATA_DIR: '' };
    assert.equal(await listeningPort(base, env), 18341);
    assert.equal(await listeningPort(base, { ...env, KOMPAS_PORT: '18342' }), 18342);
    assert.equal(await listeningPort([...base, '--port', '18343'], { ...env, KOMPAS_PORT: '18342' }), 18343);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unknown setting in the TOML file is refused with its name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-config-'));
  try {
    const config = join(dir, 'kompas.toml');
    writeFileSync(config, '[serve]\nprot = 8080\n');
    const result = spawnSync(bin, ['--config', config, 'serve', '--data-dir', join(dir, 'data')], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /onbekende instelling \[serve\] prot/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
