// `npm start`: launches the desktop app; where the Electron binary is missing (it could not
// be downloaded), says so plainly and serves web mode instead, so the command always shows
// the built-in sample story compared.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
};

const electron = electronBinary();
run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (electron) {
  run('node', ['scripts/build-electron.mjs']);
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    '\nThe Electron binary is not installed here (npm install could not download it), so the desktop app cannot start.\n' +
      'Serving web mode instead: the same app in your browser, with the sample story.\n' +
      '(Where the download works, `npm run install-electron` fetches the binary for the desktop app.)\n',
  );
  run('node', ['scripts/serve-web.mjs', ...process.argv.slice(2)]);
}
