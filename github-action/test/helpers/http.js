// Small HTTP servers on 127.0.0.1 for the tests: a GitHub REST API that speaks the few issue-comment endpoints the
// action uses, and a file server for engine downloads. Each records the requests it got.
import http from 'node:http';

function listen(handler) {
  const requests = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const entry = { method: req.method, url: req.url, headers: req.headers, body: body ? JSON.parse(body) : null };
      requests.push(entry);
      handler(entry, res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function json(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

/**
 * A GitHub API holding issue comments: GET and POST /repos/{o}/{r}/issues/{n}/comments,
 * PATCH /repos/{o}/{r}/issues/comments/{id}. comments: the initial list; failWith: answer every request with
 * that status. Returns the server with `comments` (its state) added.
 */
export async function fakeGitHubApi({ comments = [], failWith = null } = {}) {
  const state = comments.map((c) => ({ ...c }));
  let nextId = 1000;
  const api = await listen((req, res) => {
    if (failWith) return json(res, failWith, { message: 'Resource not accessible by integration' });
    const url = new URL(req.url, 'http://x');
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      return json(res, 200, state.filter((c) => c.issue === Number(m[3])).slice((page - 1) * per, page * per));
    }
    if (m && req.method === 'POST') {
      const c = { id: nextId++, issue: Number(m[3]), body: req.body.body, user: { login: 'github-actions[bot]' },
        html_url: `https://github.com/${m[1]}/${m[2]}/pull/${m[3]}#issuecomment-${nextId - 1}` };
      state.push(c);
      return json(res, 201, c);
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && req.method === 'PATCH') {
      const c = state.find((x) => x.id === Number(m[3]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      c.body = req.body.body;
      return json(res, 200, c);
    }
    return json(res, 404, { message: `no such endpoint in the test API: ${req.method} ${url.pathname}` });
  });
  return Object.assign(api, { comments: state });
}

/** Serves files: path → Buffer or string; anything else is 404. */
export function fileServer(files) {
  return listen((req, res) => {
    const body = files[new URL(req.url, 'http://x').pathname];
    if (body === undefined) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    return res.end(body);
  });
}
