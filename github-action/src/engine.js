// Finds the engine jar: a local jar (engine-jar), or a released jar downloaded once per runner into the tool
// cache after its SHA-256 checksum (the .sha256 file published next to it) has been verified.
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const TOOL = 'mlgate';
const ARCH = 'noarch'; // one jar runs everywhere: DuckDB's JDBC jar carries its native libraries for every platform
const JAR = 'mlgate.jar';

/** The engine jar cannot be had; the message says why and what to set. */
export class EngineError extends Error {}

/**
 * The download URL for a version: engine-url with {version} replaced, or by default the GitHub release of the
 * repository the action comes from: <server>/<owner>/<repo>/releases/download/v<version>/mlgate-<version>.jar.
 */
export function engineUrl(template, version, env = process.env) {
  if (template) return template.replaceAll('{version}', version);
  const repo = env.GITHUB_ACTION_REPOSITORY || env.GITHUB_REPOSITORY;
  if (!repo) {
    throw new EngineError('cannot tell where to download the engine from (GITHUB_ACTION_REPOSITORY is not set): '
      + 'set engine-url to the release URL, or engine-jar to a local jar');
  }
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repo}/releases/download/v${version}/mlgate-${version}.jar`;
}

/** The hex digest in a .sha256 file: either the bare digest or `sha256sum` output ("<hex>  mlgate-1.0.0.jar"). */
export function parseChecksum(text) {
  const m = /^\s*([0-9a-fA-F]{64})(\s|$)/.exec(text);
  return m ? m[1].toLowerCase() : null;
}

async function sha256(file) {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

async function download(url, what) {
  try {
    return await tc.downloadTool(url);
  } catch (e) {
    const code = e.httpStatusCode ? `HTTP ${e.httpStatusCode}` : e.message;
    throw new EngineError(`could not download the engine ${what} from ${url} (${code}). Check engine-version `
      + 'and engine-url, or set engine-jar to a local jar');
  }
}

/** Returns {jar, source}: where the engine jar is, and how it was found (for the log). */
export async function resolveEngine({ engineJar, engineVersion, engineUrl: template, workingDirectory }) {
  if (engineJar) {
    const jar = path.resolve(workingDirectory, engineJar);
    if (!fs.existsSync(jar)) throw new EngineError(`engine-jar: ${jar} does not exist`);
    return { jar, source: 'engine-jar' };
  }
  const cached = tc.find(TOOL, engineVersion, ARCH);
  if (cached) return { jar: path.join(cached, JAR), source: `tool cache, mlgate ${engineVersion}` };

  const url = engineUrl(template, engineVersion);
  core.info(`Downloading mlgate ${engineVersion} from ${url}`);
  const jarFile = await download(url, 'jar');
  const sumFile = await download(`${url}.sha256`, 'checksum');
  const expected = parseChecksum(fs.readFileSync(sumFile, 'utf8'));
  fs.rmSync(sumFile, { force: true });
  if (!expected) {
    fs.rmSync(jarFile, { force: true });
    throw new EngineError(`${url}.sha256 does not hold a SHA-256 digest`);
  }
  const actual = await sha256(jarFile);
  if (actual !== expected) {
    fs.rmSync(jarFile, { force: true });
    throw new EngineError(`checksum mismatch for ${url}: its SHA-256 is ${actual}, but ${url}.sha256 says `
      + `${expected}. The jar was not used and not cached`);
  }
  const dir = await tc.cacheFile(jarFile, JAR, TOOL, engineVersion, ARCH);
  fs.rmSync(jarFile, { force: true });
  core.info(`Verified SHA-256 ${actual}; cached in ${dir}`);
  return { jar: path.join(dir, JAR), source: `downloaded, mlgate ${engineVersion}` };
}
