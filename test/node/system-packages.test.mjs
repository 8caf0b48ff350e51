// scripts/system-packages.mjs: CHROME_PATH first, then the PATH; every missing package in one apt-get run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { find, install } from '../../scripts/system-packages.mjs';

/** Runs `body` with a folder holding executables named `names`, first on the PATH, and `env` set. */
function withPrograms(names, env, body) {
  const dir = mkdtempSync(join(tmpdir(), 'esfomo-packages-'));
  const saved = { PATH: process.env.PATH, CHROME_PATH: process.env.CHROME_PATH };
  try {
    for (const name of names) {
      writeFileSync(join(dir, name), '#!/bin/sh\n');
      chmodSync(join(dir, name), 0o755);
    }
    process.env.PATH = `${dir}${delimiter}${process.env.PATH}`;
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value.replace('<dir>', dir);
    }
    return body(dir);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dir, { recursive: true });
  }
}

test('CHROME_PATH wins over every other Chromium', () => {
  withPrograms(['my-chrome'], { CHROME_PATH: '<dir>/my-chrome' }, (dir) => {
    assert.equal(find('chromium'), join(dir, 'my-chrome'));
  });
});

test('a program is found on the PATH', () => {
  withPrograms(['jekyll'], {}, (dir) => assert.equal(find('jekyll'), join(dir, 'jekyll')));
});

const FAKE = {
  present: { paths: () => [], commands: ['present-program'], debian: 'present-package', missing: '' },
  first: { paths: () => ['/nonexistent/first'], commands: ['no-such-program-1'], debian: 'first-package', missing: '' },
  second: { paths: () => [], commands: ['no-such-program-2'], debian: 'second-package', missing: '' },
};

test('every missing package is installed in one apt-get update and one apt-get install', () => {
  withPrograms(['present-program'], {}, () => {
    const calls = [];
    const installed = install(Object.keys(FAKE), { packages: FAKE, allowed: true, run: (cmd, args) => calls.push([cmd, ...args]) });
    assert.deepEqual(installed, ['first-package', 'second-package']);
    assert.deepEqual(calls, [
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'first-package', 'second-package'],
    ]);
  });
});

test('nothing runs when nothing is missing, or off Debian or without root', () => {
  withPrograms(['present-program'], {}, () => {
    const calls = [];
    const run = (...args) => calls.push(args);
    assert.deepEqual(install(['present'], { packages: FAKE, allowed: true, run }), []);
    assert.deepEqual(install(['first', 'second'], { packages: FAKE, allowed: false, run }), []);
    assert.equal(calls.length, 0);
  });
});
