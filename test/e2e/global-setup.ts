import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Browser tests drive the desk as `npm run build` makes it: built once per run, into dist/web. */
export default function setup(): void {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('Browser tests need Debian chromium at /usr/bin/chromium (apt-get install -y chromium)');
  }
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
