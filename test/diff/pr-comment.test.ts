// The CI step that posts the diff as one pull-request comment, against a stand-in for the GitHub
// API on 127.0.0.1: it posts once, then edits that comment in place; a token that cannot write
// sends the text to the job summary instead.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { postComment } from '../../scripts/ci/pr-comment.mjs';

interface Comment {
  id: number;
  body: string;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}

/** A fake API holding one pull request's comments; `writable` false answers writes with 403. */
async function fakeGitHub(comments: Comment[], writable = true): Promise<{ url: string; calls: string[] }> {
  const calls: string[] = [];
  server = createServer(async (request, response) => {
    calls.push(`${request.method} ${request.url}`);
    const json = (status: number, value: unknown): void => void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (request.method === 'GET') return json(200, comments);
    if (!writable) return json(403, { message: 'Resource not accessible by integration' });
    const { body } = JSON.parse(await bodyOf(request));
    if (request.method === 'POST') {
      comments.push({ id: comments.length + 100, body });
      return json(201, comments[comments.length - 1]);
    }
    const id = Number(request.url?.split('/').pop());
    const found = comments.find((c) => c.id === id);
    if (found) found.body = body;
    return json(200, found);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, calls };
}

const env = (url: string, extra: Record<string, string> = {}) => ({ GITHUB_API_URL: url, GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'nhs/rules', PR_NUMBER: '7', ...extra });

describe('the pull-request comment step', () => {
  it('posts once, then edits the same comment', async () => {
    const comments: Comment[] = [{ id: 1, body: 'Looks good' }];
    const { url, calls } = await fakeGitHub(comments);
    const log: string[] = [];
    expect(await postComment('<!-- hewitt-diff -->\nfirst', env(url), (l: string) => log.push(l))).toBe('posted');
    expect(await postComment('<!-- hewitt-diff -->\nsecond', env(url), (l: string) => log.push(l))).toBe('edited');
    expect(comments).toEqual([{ id: 1, body: 'Looks good' }, { id: 101, body: '<!-- hewitt-diff -->\nsecond' }]);
    expect(calls).toEqual([
      'GET /repos/nhs/rules/issues/7/comments?per_page=100&page=1',
      'POST /repos/nhs/rules/issues/7/comments',
      'GET /repos/nhs/rules/issues/7/comments?per_page=100&page=1',
      'PATCH /repos/nhs/rules/issues/comments/101',
    ]);
  });

  it('on a fork (a token that cannot write) the diff goes to the job summary and the step succeeds', async () => {
    const { url } = await fakeGitHub([], false);
    const summary = join(mkdtempSync(join(tmpdir(), 'hewitt-summary-')), 'summary.md');
    const log: string[] = [];
    expect(await postComment('<!-- hewitt-diff -->\nbody', env(url, { GITHUB_STEP_SUMMARY: summary }), (l: string) => log.push(l))).toBe('summary');
    expect(readFileSync(summary, 'utf8')).toBe('<!-- hewitt-diff -->\nbody\n');
    expect(log[0]).toMatch(/^::warning::The token cannot comment on this pull request \(HTTP 403/);
  });
});
