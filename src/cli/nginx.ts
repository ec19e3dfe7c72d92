// `npm run --silent nginx`: prints the nginx block (docs/nginx.conf) for this site's
// public address (SITE_URL, else url in content/site.yaml), ready to include in a server { … }.
import { contentDir } from '../lib/content-dir';
import { nginxBlock } from '../lib/headers/nginx';
import { configuredSiteUrl, missingUrlMessage } from '../lib/site/url';

const site = configuredSiteUrl(contentDir());
if (site) process.stdout.write(nginxBlock(site));
else {
  console.error(missingUrlMessage(contentDir()));
  process.exitCode = 1;
}
