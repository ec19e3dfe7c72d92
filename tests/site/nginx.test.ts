// The nginx block deployers copy (docs/nginx.conf, written by `npm run docs`), run by
// a real nginx (Debian's package, with its own mime.types) on a loopback port over
// the built site: every page answers with the
// headers src/lib/headers/ gives its path, unknown paths get the 404 page with the
// 404 page's headers, calendar files are typed as calendars, and redirects never
// take their address from the request's Host header.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../../src/lib/calendar/ical';
import { calendarType, exampleSite } from '../../src/lib/headers/nginx';
import { headerRules, headersForPath as headersForRules } from '../../src/lib/headers/rules';
import { assertBuilt, builtPages, distDir, projectRoot } from '../support/dist';
import { freePort } from '../support/free-port';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx && process.env['CI']) throw new Error('nginx is missing: .ci/run installs it (apt-get install nginx)');
if (!nginx) console.log('nginx tests skipped: no nginx (apt-get install -y nginx)');

// docs/nginx.conf is written for the example address; the test serves it as is
// (tests/unit/generated-docs.test.ts checks that it is what src/lib/headers/ gives).
const headersForPath = (path: string) => headersForRules(path, headerRules(exampleSite));
const block = readFileSync(join(projectRoot, 'docs/nginx.conf'), 'utf8');

// A calendar file is published only while a deadline is ahead, so the built site may have
// none: nginx serves dist/ through links, plus one calendar written by the site's own writer.
const addedCalendar = '/fr/nginx-check/deadline.ics';

function rootWithCalendar(dir: string): string {
  const root = join(dir, 'root');
  const lang = addedCalendar.split('/')[1]!;
  mkdirSync(join(root, lang), { recursive: true });
  for (const entry of readdirSync(distDir)) if (entry !== lang) symlinkSync(join(distDir, entry), join(root, entry));
  for (const entry of readdirSync(join(distDir, lang))) symlinkSync(join(distDir, lang, entry), join(root, lang, entry));
  mkdirSync(join(root, addedCalendar, '..'), { recursive: true });
  const event = { uid: 'deadline-nginx-check-fr@guides.example.org', date: '2099-03-02', stamp: '2099-01-01', summary: 'Échéance', description: 'Test', url: `${exampleSite}fr/nginx-check/`, alarm: '-P1D', lang: 'fr' };
  writeFileSync(join(root, addedCalendar), calendar(event, '-//nginx check//FR'));
  return root;
}

/** A GET with the Host header of our choosing, which fetch() does not allow. */
function getWithHost(url: string, host: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    })
      .on('error', reject)
      .end();
  });
}

describe.skipIf(!nginx)('nginx with docs/nginx.conf', () => {
  let dir: string;
  let child: ChildProcess;
  let base: string;

  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'optout-nginx-'));
    const root = rootWithCalendar(dir);
    const port = await freePort();
    const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
    const config = `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${root};
${block.replace(/^/gm, '    ')}
  }
}
`;
    writeFileSync(join(dir, 'nginx.conf'), config);
    const test = spawnSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t refused the config:\n${test.stderr}\n${config}`);
    child = spawn(nginx!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/`).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  }, 30_000);

  afterAll(() => {
    child?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const expectHeaders = (response: Response, expected: Record<string, string>, label: string) => {
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${label}: ${name}`).toBe(value);
  };

  it('answers every page with the headers its path gets', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const response = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(200);
      expectHeaders(response, headersForPath(path), path);
      await response.arrayBuffer();
    }
  }, 60_000);

  it('answers files other than pages (feeds, API, images, scripts) with their headers', async () => {
    for (const path of ['/fr/feed.xml', '/api/v1/guides.json', '/og/fr/home.png', '/embed/countdown.js', '/sitemap-index.xml', '/robots.txt']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expectHeaders(response, headersForPath(path), path);
      await response.arrayBuffer();
    }
  });

  it('sends calendar files as text/calendar in UTF-8, with their headers', async () => {
    const built = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ics')).map((file) => `/${file}`);
    for (const path of [addedCalendar, ...built]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(calendarType);
      expectHeaders(response, headersForPath(path), path);
      expect(await response.text(), path).toMatch(/^BEGIN:VCALENDAR\r\n/);
    }
  });

  it.each(['/fr', '/en/linkedin', '/fr/linkedin/steps/web-switch-off'])('redirects %s to its trailing slash on the same address, whatever the Host header says', async (path) => {
    for (const host of ['evil.example', `evil.example:${new URL(base).port}`]) {
      const { status, location } = await getWithHost(`${base}${path}`, host);
      expect(status, host).toBe(301);
      expect(location, host).toBe(`${path}/`);
    }
  });

  // /xx/: a language the registry does not declare.
  it.each(['/nope/', '/wp-login.php', '/fr/nope/', '/embed/nope/', '/og/nope.png', '/xx/'])('answers %s with the 404 page and its headers', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
    expectHeaders(response, headersForPath('/404.html'), path);
  });
});
