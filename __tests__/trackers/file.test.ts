import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileTracker } from '../../src/trackers/file/index.js';
import { TrackerError } from '../../src/trackers/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'file-tracker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function trackerFile(text: string): string {
  const file = path.join(dir, `issues-${++files}.yml`);
  writeFileSync(file, text);
  return file;
}

const deadline = () => Date.now() + 60_000;
const ask = (file: string, keys: string[], fields: string[] = []) => createFileTracker(file).lookUp({ keys, fields, deadline: deadline() });

const SAMPLE = `projects: [ENG, OPS]
issues:
  ENG-401:
    title: Split invoice PDF rendering
    status: Ready for Deploy
    assignee: Lee Dev
    url: https://tracker.example/ENG-401
    labels: [backend]
    fields:
      Risk Assessment: "low: behind flag pdf_v2"
      Post-deploy Checks: open an invoice, check the PDF
      Empty:
  ENG-402:
    title: Old key
    status: Done
    moved-to: OPS-7
    fields:
      Risk Assessment: low
  ENG-403:
    forbidden: true
  OPS-7:
    title: Old key
    status: Done
`;

describe('file tracker', () => {
  it('answers every key asked for: found, moved, forbidden, not found', async () => {
    const file = trackerFile(SAMPLE);
    const tracker = createFileTracker(file);
    expect(tracker.name).toBe('file');
    const lookups = await tracker.lookUp({ keys: ['ENG-401', 'ENG-402', 'ENG-403', 'ENG-999'], fields: ['Risk Assessment', 'Owner'], deadline: deadline() });
    expect(lookups).toEqual([
      {
        key: 'ENG-401',
        state: 'found',
        issue: {
          key: 'ENG-401',
          url: 'https://tracker.example/ENG-401',
          title: 'Split invoice PDF rendering',
          status: 'Ready for Deploy',
          assignee: 'Lee Dev',
          labels: ['backend'],
          fields: { 'Risk Assessment': 'low: behind flag pdf_v2', Owner: undefined },
        },
      },
      {
        key: 'ENG-402',
        state: 'moved',
        movedTo: 'OPS-7',
        issue: { key: 'OPS-7', title: 'Old key', status: 'Done', labels: [], fields: { 'Risk Assessment': 'low', Owner: undefined } },
      },
      { key: 'ENG-403', state: 'forbidden', reason: expect.stringContaining('ENG-403') },
      { key: 'ENG-999', state: 'not-found' },
    ]);
  });

  it('returns only the fields asked for; an empty YAML value is an empty string', async () => {
    const [lookup] = await ask(trackerFile(SAMPLE), ['ENG-401'], ['Empty', 'Post-deploy Checks']);
    expect(lookup?.state === 'found' && lookup.issue.fields).toEqual({ Empty: '', 'Post-deploy Checks': 'open an invoice, check the PDF' });
    const [bare] = await ask(trackerFile(SAMPLE), ['ENG-401']);
    expect(bare?.state === 'found' && bare.issue.fields).toEqual({});
  });

  it('answers each key once, and does not treat __proto__ as anything but a field name', async () => {
    const file = trackerFile('issues:\n  ENG-1:\n    title: t\n    status: Done\n    fields:\n      __proto__: x\n');
    const lookups = await ask(file, ['ENG-1', 'ENG-1'], ['__proto__', 'toString']);
    expect(lookups).toHaveLength(1);
    const fields = lookups[0]?.state === 'found' ? lookups[0].issue.fields : {};
    expect(Object.entries(fields)).toEqual([
      ['__proto__', 'x'],
      ['toString', undefined],
    ]);
  });

  it('lists the projects of the file, or the prefixes of its keys', async () => {
    expect(await createFileTracker(trackerFile(SAMPLE)).listProjects(deadline())).toEqual(['ENG', 'OPS']);
    const file = trackerFile('issues:\n  ENG-1: {title: a, status: Done}\n  OPS-2: {title: b, status: Done}\n  ENG-3: {title: c, status: Done}\n');
    expect(await createFileTracker(file).listProjects(deadline())).toEqual(['ENG', 'OPS']);
    expect(await createFileTracker(trackerFile('issues: {}\n')).listProjects(deadline())).toEqual([]);
  });

  it('reads the file once and counts that read', async () => {
    const tracker = createFileTracker(trackerFile(SAMPLE));
    expect(tracker.requestCount).toBe(0);
    await tracker.listProjects(deadline());
    await tracker.lookUp({ keys: ['ENG-401'], fields: [], deadline: deadline() });
    await tracker.lookUp({ keys: ['OPS-7'], fields: [], deadline: deadline() });
    expect(tracker.requestCount).toBe(1);
  });

  it('reads the demo sample (projects, issues, fields)', async () => {
    const file = trackerFile(`projects: [ENG, OPS]
issues:
  ENG-412:
    title: Email lookup for orders
    status: In Review
    assignee: Sam Dev
    fields:
      Risk Assessment: medium
`);
    const [lookup] = await ask(file, ['ENG-412'], ['Risk Assessment', 'Post-deploy Checks']);
    expect(lookup).toMatchObject({ state: 'found', issue: { status: 'In Review', fields: { 'Risk Assessment': 'medium', 'Post-deploy Checks': undefined } } });
  });

  describe('errors', () => {
    async function failure(text: string): Promise<TrackerError> {
      const file = trackerFile(text);
      const error = await ask(file, ['ENG-1']).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(TrackerError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toContain('tracker-file');
      return error as TrackerError;
    }

    it('names the path and the input when the file is missing', async () => {
      const missing = path.join(dir, 'nope.yml');
      const error = await createFileTracker(missing).listProjects(deadline()).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(TrackerError);
      expect((error as Error).message).toContain(missing);
      expect((error as Error).message).toContain('`tracker-file`');
      expect((error as Error).message).toContain('ENOENT');
    });

    it('rejects unknown keys, naming the file, the issue and the key', async () => {
      expect((await failure('issues:\n  ENG-1:\n    title: a\n    status: Done\n    asignee: Lee\n')).message).toMatch(/issue ENG-1: unknown key `asignee`/);
      expect((await failure('isues:\n  ENG-1: {title: a, status: Done}\n')).message).toMatch(/unknown key `isues`/);
    });

    it('rejects bad types and missing values', async () => {
      expect((await failure('issues:\n  ENG-1:\n    title: a\n')).message).toMatch(/ENG-1: `status` is required/);
      expect((await failure('issues:\n  ENG-1:\n    title: a\n    status: ""\n')).message).toMatch(/ENG-1: `status` must be a non-empty string/);
      expect((await failure('issues:\n  ENG-1:\n    title: [a]\n    status: Done\n')).message).toMatch(/ENG-1: `title` must be a non-empty string, not a list/);
      expect((await failure('issues:\n  ENG-1: {title: a, status: Done, labels: backend}\n')).message).toMatch(/ENG-1: `labels` must be a list of strings/);
      expect((await failure('issues:\n  ENG-1: {title: a, status: Done, forbidden: "yes"}\n')).message).toMatch(/ENG-1: `forbidden` must be true or false/);
      expect((await failure('issues:\n  ENG-1: {title: a, status: Done, moved-to: ops 7}\n')).message).toMatch(/ENG-1: `moved-to` must be another issue key/);
      expect((await failure('issues:\n  ENG-1: {title: a, status: Done, fields: [a]}\n')).message).toMatch(/ENG-1: `fields` must be a mapping/);
      expect((await failure('issues:\n  ENG-1: {title: a, status: Done, fields: {Risk: {level: low}}}\n')).message).toMatch(/ENG-1: field `Risk` must be a string/);
      expect((await failure('issues:\n  ENG-1: Done\n')).message).toMatch(/issue ENG-1 must be a mapping/);
      expect((await failure('issues:\n  eng-1: {title: a, status: Done}\n')).message).toMatch(/issue `eng-1` is not an issue key/);
      expect((await failure('projects: ENG\nissues: {}\n')).message).toMatch(/`projects` must be a list of project keys/);
      expect((await failure('issues: [ENG-1]\n')).message).toMatch(/`issues` must be a mapping/);
      expect((await failure('- a\n')).message).toMatch(/must be a mapping/);
    });

    it('rejects invalid YAML, duplicate keys included', async () => {
      expect((await failure('issues:\n  ENG-1: {title: a\n')).message).toMatch(/not valid YAML/);
      expect((await failure('issues:\n  ENG-1: {title: a, status: Done}\n  ENG-1: {title: b, status: Done}\n')).message).toMatch(/not valid YAML/);
    });
  });
});
