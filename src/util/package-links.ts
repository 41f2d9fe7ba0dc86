// Where the package says it lives: package.json's `repository` and `homepage`, read once when a
// finding first needs a documentation link. A rule's page is a URL under them
// (`https://github.com/OWNER/REPO/blob/HEAD/docs/rules/ID.md`); a package that declares neither
// keeps repository-relative paths. Nothing here touches the network.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PackageLinks {
  repository?: unknown;
  homepage?: unknown;
}

let cached: PackageLinks | undefined | null = null;

/** The `repository` and `homepage` of the installed package (modules sit two levels below its root). */
export function packageLinks(): PackageLinks | undefined {
  if (cached !== null) return cached;
  cached = undefined;
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
    if (pkg && pkg.name === 'strategy-lint') cached = { repository: pkg.repository, homepage: pkg.homepage };
  } catch {
    // No package.json next to the modules (an unusual install): relative paths, then.
  }
  return cached;
}

/** A repository's web address from package.json's forms: `github:o/r`, `o/r`, a URL, `{ url, directory }`. */
function repositoryWeb(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository && typeof repository === 'object' ? (repository as { url?: unknown }).url : undefined;
  const dir =
    repository && typeof repository === 'object' && typeof (repository as { directory?: unknown }).directory === 'string'
      ? (repository as { directory: string }).directory
      : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const s = raw.trim();
  let host: string | undefined;
  let repo: string | undefined;
  let m = /^(github|gitlab|bitbucket):([\w.-]+\/[\w.-]+)$/.exec(s);
  if (m) [host, repo] = [`${m[1]}.${m[1] === 'bitbucket' ? 'org' : 'com'}`, m[2]];
  else if ((m = /^([\w.-]+)\/([\w.-]+)$/.exec(s))) [host, repo] = ['github.com', `${m[1]}/${m[2]}`];
  else if ((m = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?(github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(s)))
    [host, repo] = [m[1], m[2]];
  else if ((m = /^git@(github\.com|gitlab\.com|bitbucket\.org):([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(s))) [host, repo] = [m[1], m[2]];
  if (!host || !repo) return undefined;
  const blob = host === 'gitlab.com' ? '-/blob/HEAD' : host === 'bitbucket.org' ? 'src/HEAD' : 'blob/HEAD';
  const sub = dir ? `/${dir.replace(/^\/+|\/+$/g, '')}` : '';
  return `https://${host}/${repo}/${blob}${sub}`;
}

/** The URL under which `docs/rules/…` can be opened, or undefined (then paths stay relative). */
export function docsBase(links: PackageLinks | undefined): string | undefined {
  if (!links) return undefined;
  const repo = repositoryWeb(links.repository);
  if (repo) return repo;
  const home = typeof links.homepage === 'string' ? links.homepage.trim() : '';
  if (/^https:\/\/[^\s]+$/.test(home)) {
    // A GitHub homepage is the repository page ("…#readme"); its files are under /blob/HEAD.
    const gh = /^https:\/\/(github\.com\/[\w.-]+\/[\w.-]+?)(?:\.git)?\/?(?:#.*)?$/.exec(home);
    return gh ? `https://${gh[1]}/blob/HEAD` : home.replace(/[#?].*$/, '').replace(/\/+$/, '');
  }
  return undefined;
}
