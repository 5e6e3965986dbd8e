/** Packaging cannot run here (no Electron binary); its configuration is checked instead. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync('build/electron-builder.yml', 'utf8')) as Record<
  string,
  unknown
> & {
  files: string[];
  directories: { buildResources: string; output: string };
  linux: { target: string[]; icon: string };
  win: { target: string[] };
  mac: { target: string[] };
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

describe('build/electron-builder.yml', () => {
  it('should target AppImage, deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('should package only compiled output, with asar, and ship the seeds', () => {
    expect(config.asar).toBe(true);
    expect(config.files.every((f) => f === 'package.json' || f.startsWith('dist/'))).toBe(true);
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'seeds', to: 'seeds' }),
    );
    expect(config.directories.buildResources).toBe('build');
  });

  it('should flip the security fuses of Electron’s checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('should point at files that the build produces and resources that exist', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(readFileSync('scripts/build-electron.mjs', 'utf8')).toContain(
      "outfile: 'dist/electron/main.cjs'",
    );
    expect(existsSync(`build/${config.linux.icon}`)).toBe(true);
    expect(pkg.scripts.dist).toContain('electron-builder --config build/electron-builder.yml');
  });
});
