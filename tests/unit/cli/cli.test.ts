/**
 * The extraction CLI from outside, as others will measure it: spawns the real command and checks
 * the contract of issue #2 (one JSON line per page with every field, order, exit codes, errors
 * per page, usage errors on stderr). Spawns run in parallel to keep the file fast.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const ENTRY = resolve(ROOT, 'scripts/extract.ts');
const FIXTURES = resolve(ROOT, 'tests/fixtures/cli');
const FIELDS = [
  'id', 'isArticle', 'confidence', 'title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime',
  'modifiedTime', 'readingMinutes', 'truncated', 'nextPage', 'text', 'html', 'removed', 'sources',
  'quotes', 'anonymousSources', 'publisher', 'ms', 'parseMs', 'error',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], opts: { cwd?: string; env?: Record<string, string>; stdin?: Uint8Array; npm?: boolean } = {}): Promise<Run> {
  const t0 = Date.now();
  const [cmd, argv] = opts.npm
    ? ['npm', ['--prefix', ROOT, 'run', '--silent', 'extract', '--', ...args]]
    : [TSX, [ENTRY, ...args]];
  const child = spawn(cmd, argv, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, INIT_CWD: opts.cwd ?? ROOT, ...opts.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(opts.stdin ?? undefined);
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr, ms: Date.now() - t0 })));
}

type Result = Record<string, unknown> & { error: { code: string; message: string } | null };

/** stdout must be JSON lines and nothing else; each line has exactly the contract's fields. */
function lines(r: Run): Result[] {
  expect(r.stdout.endsWith('\n')).toBe(true);
  return r.stdout
    .slice(0, -1)
    .split('\n')
    .map((l) => {
      const obj = JSON.parse(l) as Result;
      expect(Object.keys(obj)).toEqual(FIELDS);
      return obj;
    });
}

let dir: string;
const runs: Record<string, Promise<Run>> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'honbun-cli-'));
  const article = readFileSync(join(FIXTURES, 'article.html'));
  writeFileSync(join(dir, 'article.html'), article);
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(article));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'doc.pdf'), '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  writeFileSync(join(dir, 'large.html'), '<title>Large</title><body>' + '<span>x</span>'.repeat(100_001));
  writeFileSync(
    join(dir, 'deep.html'),
    '<title>Deep</title><body>' + '<div>'.repeat(10_000) + '<p>' + 'Deep paragraph text. '.repeat(40) + '</p>' + '</div>'.repeat(10_000),
  );
  const list = [
    { id: 'rel', path: 'article.html', url: 'https://example.com/news/bridge' },
    { id: 'abs', path: join(FIXTURES, 'shift-jis.html'), url: null },
    { id: 'missing', path: 'no-such-file.html', url: null },
    '',
    { id: 'pdf', path: 'doc.pdf', url: null },
    { id: 'empty', path: 'empty.html', url: null },
    '{not json',
    { id: 7, path: 'page.html.gz', url: null },
    { id: 'large', path: 'large.html', url: null },
    { id: 'deep', path: 'deep.html', url: null },
  ];
  writeFileSync(join(dir, 'list.jsonl'), list.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  writeFileSync(
    join(dir, 'hang.jsonl'),
    [{ id: 'hang', path: 'article.html', url: null }, { id: 'after', path: 'article.html', url: null }]
      .map((l) => JSON.stringify(l))
      .join('\n'),
  );

  // All spawns start at once; each test awaits its own.
  runs.batch = run(['--batch', 'list.jsonl'], { cwd: dir });
  runs.hang = run(['--batch', join(dir, 'hang.jsonl')], { env: { HONBUN_TEST_HANG_ID: 'hang', HONBUN_PAGE_TIMEOUT_MS: '2000' } });
  runs.stdin = run(['--url', 'https://example.com/news/bridge'], { stdin: article });
  runs.npm = run(['page.html.gz'], { cwd: dir, npm: true });
  runs.unknownFlag = run(['--frobnicate', 'x.html']);
  runs.missingFile = run(['no-such-file.html'], { cwd: dir });
  runs.both = run(['--batch', 'list.jsonl', 'article.html'], { cwd: dir });
  runs.badList = run(['--batch', 'no-such-list.jsonl'], { cwd: dir });
});

describe('extract CLI', () => {
  it('batch: one line per non-blank LIST line, in order, every page its own outcome, exit 0', async () => {
    const r = await runs.batch!;
    expect(r.code).toBe(0);
    const out = lines(r);
    expect(out.map((o) => o.id)).toEqual(['rel', 'abs', 'missing', 'pdf', 'empty', null, 7, 'large', 'deep']);
    const [rel, abs, missing, pdf, empty, malformed, gz, large, deep] = out;

    expect(rel!.error).toBeNull();
    expect(rel!.isArticle).toBe(true);
    expect(rel!.title).toBe('Harbour bridge reopens');
    expect(rel!.html).toContain('https://example.com/news/other-story'); // resolved against url
    for (const rem of rel!.removed as object[]) expect(Object.keys(rem)).toEqual(['category', 'rule', 'text']);

    expect(abs!.error).toBeNull();
    expect(abs!.title).toBe('東京都が公園で植樹計画'); // Shift_JIS decoded

    expect(missing!.error?.code).toBe('empty-input');
    expect(pdf!.error?.code).toBe('not-html');
    expect(empty!.error?.code).toBe('empty-input');
    expect(malformed!.error?.code).toBe('empty-input');
    for (const bad of [missing, pdf, empty, malformed]) expect(bad!.isArticle).toBe(false);

    expect(gz!.error).toBeNull();
    expect(gz!.title).toBe('Harbour bridge reopens');

    expect(large!.error?.code).toBe('too-large');
    expect(large!.isArticle).toBe(false);
    expect(large!.ms as number).toBeLessThan(2000); // refused by the pre-scan, no DOM built

    expect(deep!.error).toBeNull(); // flattened, not too-deep
    expect(deep!.text).toContain('Deep paragraph text.');
    expect(deep!.ms as number).toBeLessThan(10_000);
    expect(r.stdout).not.toMatch(/warn|Could not parse CSS/i);
  });

  it('batch: a hanging page times out, the worker is replaced and the batch goes on', async () => {
    const r = await runs.hang!;
    expect(r.code).toBe(0);
    const [hang, after] = lines(r);
    expect(hang!.error?.code).toBe('timeout');
    expect(hang!.isArticle).toBe(false);
    expect(after!.error).toBeNull();
    expect(after!.title).toBe('Harbour bridge reopens');
  });

  it('single page on stdin with --url: exactly one JSON line, id null', async () => {
    const r = await runs.stdin!;
    expect(r.code).toBe(0);
    const out = lines(r);
    expect(out).toHaveLength(1);
    expect(out[0]!.id).toBeNull();
    expect(out[0]!.html).toContain('https://example.com/news/other-story');
    expect(out[0]!.ms as number).toBeGreaterThan(0);
    expect(out[0]!.parseMs as number).toBeGreaterThan(0);
  });

  it('through npm with a .gz FILE relative to INIT_CWD: exactly one JSON line', async () => {
    const r = await runs.npm!;
    expect(r.code).toBe(0);
    const out = lines(r);
    expect(out).toHaveLength(1);
    expect(out[0]!.title).toBe('Harbour bridge reopens');
  });

  it.each(['unknownFlag', 'missingFile', 'both', 'badList'])('usage error (%s): non-zero exit, stderr, empty stdout', async (name) => {
    const r = await runs[name]!;
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: .+\nusage:/);
  });
});
