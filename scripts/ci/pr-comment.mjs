#!/usr/bin/env node
// Posts a Markdown file as ONE pull-request comment, edited in place on later runs: the comment
// is found by its first line (the marker, `<!-- hewitt-diff -->`). When the token may not write
// (a pull request from a fork), the text goes to the job summary instead and the step succeeds.
//
//   node scripts/ci/pr-comment.mjs FILE
//
// Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name), PR_NUMBER (or PR_NUMBER_FILE, a file
// holding it, as a workflow_run job gets it from an artifact), and optionally GITHUB_API_URL
// (default https://api.github.com) and GITHUB_STEP_SUMMARY (a file to append to).

import { appendFileSync, readFileSync } from 'node:fs';

const MARKER = '<!-- hewitt-diff -->';

export async function postComment(body, env = process.env, log = (line) => console.log(line)) {
  const api = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository } = env;
  const pr = (env.PR_NUMBER ?? (env.PR_NUMBER_FILE ? readFileSync(env.PR_NUMBER_FILE, 'utf8') : '')).trim();
  if (!token || !repository || !pr) throw new Error('GITHUB_TOKEN, GITHUB_REPOSITORY and PR_NUMBER (or PR_NUMBER_FILE) must be set');
  // The number may come from an artifact of an untrusted run: digits only.
  if (!/^\d+$/.test(pr)) throw new Error(`not a pull-request number: ${JSON.stringify(pr.slice(0, 20))}`);
  if (!body.startsWith(MARKER)) throw new Error(`the comment must start with ${MARKER}`);
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'x-github-api-version': '2022-11-28',
  };
  const call = (method, path, data) => fetch(`${api}${path}`, { method, headers, ...(data ? { body: JSON.stringify(data) } : {}) });

  let existing;
  for (let page = 1; existing === undefined && page <= 20; page++) {
    const response = await call('GET', `/repos/${repository}/issues/${pr}/comments?per_page=100&page=${page}`);
    if (!response.ok) return fallBack(response.status, body, env, log);
    const comments = await response.json();
    existing = comments.find((comment) => typeof comment.body === 'string' && comment.body.startsWith(MARKER));
    if (comments.length < 100) break;
  }
  const response = existing
    ? await call('PATCH', `/repos/${repository}/issues/comments/${existing.id}`, { body })
    : await call('POST', `/repos/${repository}/issues/${pr}/comments`, { body });
  if (!response.ok) return fallBack(response.status, body, env, log);
  log(existing ? `edited comment ${existing.id}` : 'posted a new comment');
  return existing ? 'edited' : 'posted';
}

/** A token that cannot write (forks) or a missing permission: the job summary carries the text. */
function fallBack(status, body, env, log) {
  if (status !== 401 && status !== 403 && status !== 404) throw new Error(`GitHub answered ${status}`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${body}\n`);
  log(`::warning::The token cannot comment on this pull request (HTTP ${status}, usually a pull request from a fork); the diff is in the job summary.`);
  return 'summary';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/ci/pr-comment.mjs FILE');
    process.exit(2);
  }
  postComment(readFileSync(file, 'utf8')).catch((error) => {
    console.error(`pr-comment: ${error.message}`);
    process.exit(1);
  });
}
