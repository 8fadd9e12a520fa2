// `npm run serve:static`: serves the static export in out/ (`npm run build:static`) with nginx, in
// the foreground, on 127.0.0.1:$PORT (default 3101). The same configuration as the README's snippet.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OUT_DIR } from './bench/config';
import { nginxBinary, nginxConfig } from './bench/server';

const port = Number(process.env.PORT ?? 3101);
const binary = nginxBinary();
if (!binary) throw new Error('nginx is not installed: apt-get install -y nginx-light');
if (!existsSync(path.join(OUT_DIR, 'index.html'))) throw new Error('out/ holds no static export: run `npm run build:static` first.');

const dir = mkdtempSync(path.join(tmpdir(), 'serve-static-'));
const conf = path.join(dir, 'nginx.conf');
writeFileSync(conf, nginxConfig({ port, root: OUT_DIR, dir }));
const nginx = spawn(binary, ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], { stdio: 'inherit' });
console.log(`serving ${OUT_DIR} on http://127.0.0.1:${port}`);

const stop = () => nginx.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
nginx.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
