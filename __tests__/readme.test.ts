// The README's inputs/outputs tables are generated from the action.yml files: this test fails when
// they disagree (UPDATE_README=1 rewrites the tables between their markers).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GATES } from '../src/gates/registry.js';
import { PROJECT_ROOT } from './helpers/runner.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function tables(actionPath: string): string {
  const metadata = parse(readFileSync(join(PROJECT_ROOT, actionPath), 'utf8')) as ActionMetadata;
  const inputs = Object.entries(metadata.inputs).map(
    ([name, input]) => `| \`${name}\` | ${input.default !== undefined ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(metadata.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return ['| input | default | description |', '|---|---|---|', ...inputs, '', '| output | description |', '|---|---|', ...outputs].join('\n');
}

const actions = [['suite', 'action.yml'], ...GATES.map((gate) => [gate.name, `actions/${gate.name}/action.yml`])];

describe('README', () => {
  it.each(actions)('shows the inputs and outputs of %s as its action.yml declares them', (name, path) => {
    const readmePath = join(PROJECT_ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const start = `<!-- generated:${name}:start -->`;
    const end = `<!-- generated:${name}:end -->`;
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from, `README.md has no ${start} marker`).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    const expected = `${start}\n${tables(path!)}\n${end}`;
    if (process.env['UPDATE_README']) writeFileSync(readmePath, readme.slice(0, from) + expected + readme.slice(to + end.length));
    expect(readFileSync(readmePath, 'utf8').slice(from, from + expected.length)).toBe(expected);
  });
});
