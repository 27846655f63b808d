// The pull-request comment: one per command, found again by a hidden marker and updated in place.
import * as core from '@actions/core';
import * as github from '@actions/github';

/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_BODY = 65536;

const PR_EVENTS = ['pull_request', 'pull_request_target'];

/** The hidden first line that identifies the comment of one command. */
export function marker(command) {
  const key = command.join(' ').replace(/--+/g, '-').replace(/[<>]/g, '');
  return `<!-- mlgate-action: ${key} -->`;
}

/** URL of the current workflow run. */
export function runUrl(ctx = github.context) {
  const server = (ctx.serverUrl || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${process.env.GITHUB_REPOSITORY}/actions/runs/${ctx.runId}`;
}

/** The comment body: marker, the summary (cut to fit), and a link to the run. */
export function commentBody(command, markdown, url) {
  const head = `${marker(command)}\n`;
  const foot = `\n\n---\n<sub>mlgate \`${command.join(' ')}\` · [workflow run and full reports](${url}) · `
    + 'this comment is updated on every run</sub>\n';
  let text = markdown.trimEnd();
  const room = MAX_BODY - head.length - foot.length;
  if (text.length > room) {
    const note = '\n\n*(summary cut to fit a comment; the job summary of the run has all of it)*';
    text = text.slice(0, room - note.length) + note;
  }
  return head + text + foot;
}

/** The pull request number, or null when the event is not a pull request. */
export function pullRequestNumber(ctx = github.context) {
  if (!PR_EVENTS.includes(ctx.eventName)) return null;
  return ctx.payload?.pull_request?.number ?? null;
}

/**
 * Creates the command's comment on the pull request, or updates it when an earlier run made one. Failing to
 * comment (no token, a fork's read-only token) is a warning: the gate's verdict does not depend on it.
 */
export async function commentOnPr({ command, markdown, token }) {
  const ctx = github.context;
  const number = pullRequestNumber(ctx);
  if (number === null) {
    core.info(`comment-on-pr: this is a ${ctx.eventName ?? 'non-pull-request'} event, not a pull request; no comment`);
    return null;
  }
  if (!token) {
    core.warning('comment-on-pr: no github-token, so no pull request comment');
    return null;
  }
  const { owner, repo } = ctx.repo;
  const body = commentBody(command, markdown, runUrl(ctx));
  const tag = marker(command);
  try {
    const octokit = github.getOctokit(token);
    const comments = await octokit.paginate(octokit.rest.issues.listComments,
      { owner, repo, issue_number: number, per_page: 100 });
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(tag));
    if (mine) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      core.info(`Updated the mlgate comment on pull request #${number}: ${mine.html_url ?? mine.id}`);
      return { action: 'updated', id: mine.id };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    core.info(`Commented on pull request #${number}: ${data.html_url ?? data.id}`);
    return { action: 'created', id: data.id };
  } catch (e) {
    const status = e.status ? ` (HTTP ${e.status})` : '';
    core.warning(`comment-on-pr: could not comment on pull request #${number}${status}: ${e.message}. `
      + 'The token needs the pull-requests: write permission; pull requests from forks get a read-only token.');
    return null;
  }
}
