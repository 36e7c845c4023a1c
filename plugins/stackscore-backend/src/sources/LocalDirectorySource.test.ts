import fs from 'fs';
import os from 'os';
import path from 'path';
import { LocalDirectorySource } from './LocalDirectorySource';

function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-src-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const all = () => true;

describe('LocalDirectorySource', () => {
  it('lists in-scope files sorted and skips excluded folders anywhere', async () => {
    const dir = repo({
      'go.mod': 'module x',
      'cmd/api/main.go': 'package main',
      'node_modules/left-pad/package.json': '{}',
      'web/dist/app.js': '',
      'svc/testdata/go.mod': 'module y',
      '.github/workflows/ci.yml': 'on: push',
    });
    const result = await new LocalDirectorySource(dir).read({ wanted: all });
    if (result.status !== 'read') throw new Error('expected a tree');
    expect(result.tree.files.map(f => f.path)).toEqual([
      '.github/workflows/ci.yml',
      'cmd/api/main.go',
      'go.mod',
    ]);
  });

  it('never follows symlinks, so loops and links out of the tree are harmless', async () => {
    const dir = repo({ 'go.mod': 'module x' });
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.symlinkSync('/etc/hostname', path.join(dir, 'hostname'));
    const result = await new LocalDirectorySource(dir).read({ wanted: all });
    if (result.status !== 'read') throw new Error('expected a tree');
    expect(result.tree.files.map(f => f.path)).toEqual(['go.mod']);
    await expect(result.tree.readText('hostname')).rejects.toThrow(
      'hostname is not part of the repository',
    );
  });

  it('reads only wanted files within the size limits', async () => {
    const dir = repo({ 'big.json': 'x'.repeat(2048), 'go.mod': 'module x' });
    const source = new LocalDirectorySource(dir, { maxFileBytes: 1024 });
    const result = await source.read({ wanted: p => p !== 'go.mod' });
    if (result.status !== 'read') throw new Error('expected a tree');
    await expect(result.tree.readText('big.json')).rejects.toThrow(
      'big.json is 2048 bytes, over the 1024-byte limit',
    );
    await expect(result.tree.readText('go.mod')).rejects.toThrow(
      'go.mod was not requested by any collector',
    );
  });

  it('caps the bytes read from one repository', async () => {
    const dir = repo({ 'a.txt': 'a'.repeat(600), 'b.txt': 'b'.repeat(600) });
    const result = await new LocalDirectorySource(dir, {
      maxTotalBytes: 1000,
    }).read({
      wanted: all,
    });
    if (result.status !== 'read') throw new Error('expected a tree');
    await expect(result.tree.readText('a.txt')).resolves.toHaveLength(600);
    await expect(result.tree.readText('b.txt')).rejects.toThrow(
      /exceed the repository limit of 1000 bytes/,
    );
  });

  it('reports truncation when a repository has too many files', async () => {
    const dir = repo({ 'a.go': '', 'b.go': '', 'c.go': '' });
    const result = await new LocalDirectorySource(dir, { maxFiles: 2 }).read({
      wanted: all,
    });
    if (result.status !== 'read') throw new Error('expected a tree');
    expect(result.tree.files).toHaveLength(2);
    expect(result.tree.truncated).toBe(
      'more than 2 files; the rest were not listed',
    );
  });

  it('answers unchanged for the same ETag and reads again after a change', async () => {
    const dir = repo({ 'go.mod': 'module x' });
    const source = new LocalDirectorySource(dir);
    const first = await source.read({ wanted: all });
    if (first.status !== 'read') throw new Error('expected a tree');
    await expect(
      source.read({ wanted: all, etag: first.tree.etag }),
    ).resolves.toEqual({
      status: 'unchanged',
      etag: first.tree.etag,
    });
    fs.writeFileSync(
      path.join(dir, 'go.sum'),
      'example.com/y v1.0.0 h1:abc=\n',
    );
    const third = await source.read({ wanted: all, etag: first.tree.etag });
    expect(third.status).toBe('read');
  });

  it('fails clearly when the directory does not exist', async () => {
    await expect(
      new LocalDirectorySource('/no/such/repository').read({ wanted: all }),
    ).rejects.toThrow('/no/such/repository is not a readable directory');
  });
});
