import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/config-file.js';
import { GATES } from '../../src/gates/registry.js';

const gates = new Map(GATES.map((gate) => [gate.name, gate.inputs]));

describe('config file', () => {
  it('reads per-gate settings as strings', async () => {
    const config = await parseConfig('forward-sha:\n  production-ref: live\n  allow-rollback: true\n', 'c.yml', gates);
    expect(config.value('forward-sha', 'production-ref')).toBe('live');
    expect(config.value('forward-sha', 'allow-rollback')).toBe('true');
    expect(config.value('forward-sha', 'environment')).toBeUndefined();
  });

  it('rejects unknown gates and misspelled settings, listing what is accepted', async () => {
    await expect(parseConfig('forward_sha: {}\n', 'c.yml', gates)).rejects.toThrow(/unknown key `forward_sha`; accepted: forward-sha/);
    await expect(parseConfig('forward-sha:\n  allow-rollbacks: true\n', 'c.yml', gates)).rejects.toThrow(
      /`forward-sha.allow-rollbacks` is not a setting of forward-sha; accepted: .*allow-rollback/,
    );
  });

  it('refuses the token in the config file: secrets do not belong in the repository', async () => {
    await expect(parseConfig('forward-sha:\n  token: ghp_x\n', 'c.yml', gates)).rejects.toThrow(/`forward-sha.token` is not a setting/);
  });

  it('reports invalid YAML and non-mapping documents with the file name', async () => {
    await expect(parseConfig('forward-sha: [\n', 'c.yml', gates)).rejects.toThrow(/c.yml is not valid YAML/);
    await expect(parseConfig('- a\n', 'c.yml', gates)).rejects.toThrow(/c.yml must be a mapping/);
    await expect(parseConfig('forward-sha:\n  production-ref: {a: 1}\n', 'c.yml', gates)).rejects.toThrow(/production-ref must be a string/);
  });

  it('ignores a missing optional file but not a missing required one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-config-'));
    const optional = await loadConfig(join(dir, 'none.yml'), { required: false, gates });
    expect(optional.value('forward-sha', 'production-ref')).toBeUndefined();
    await expect(loadConfig(join(dir, 'none.yml'), { required: true, gates })).rejects.toThrow(/cannot be read \(ENOENT\)/);
    writeFileSync(join(dir, 'c.yml'), 'forward-sha:\n  environment: production\n');
    expect((await loadConfig(join(dir, 'c.yml'), { required: true, gates })).value('forward-sha', 'environment')).toBe('production');
  });
});
