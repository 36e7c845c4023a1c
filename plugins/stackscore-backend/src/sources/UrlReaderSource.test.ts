import { NotModifiedError } from '@backstage/errors';
import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { UrlReaderSource } from './UrlReaderSource';

type Filter = (path: string, info?: { size: number }) => boolean;

/** A reader over an in-memory repository that honours the filter and ETag like the real ones. */
function fakeReader(
  files: Record<string, string>,
  etag = 'sha-1',
): UrlReaderService & {
  requested: Array<{ url: string; etag?: string }>;
} {
  const requested: Array<{ url: string; etag?: string }> = [];
  return {
    requested,
    readUrl: jest.fn(),
    search: jest.fn(),
    async readTree(url: string, options?: { etag?: string; filter?: Filter }) {
      requested.push({ url, etag: options?.etag });
      if (options?.etag === etag) throw new NotModifiedError('unchanged');
      const filter: Filter = options?.filter ?? (() => true);
      const kept = Object.entries(files).filter(([path, content]) =>
        filter(path, { size: Buffer.byteLength(content) }),
      );
      return {
        etag,
        files: async () =>
          kept.map(([path, content]) => ({
            path,
            content: async () => Buffer.from(content),
          })),
        archive: jest.fn(),
        dir: jest.fn(),
      };
    },
  } as unknown as UrlReaderService & { requested: typeof requested };
}

describe('UrlReaderSource', () => {
  const url = 'https://git.example.com/org/orders/tree/main';

  it('lists every in-scope path but downloads only wanted files within the limit', async () => {
    const reader = fakeReader({
      'package.json': '{"name":"orders"}',
      'src/index.ts': 'export {}',
      'assets/huge.bin': 'x'.repeat(5000),
      'node_modules/x/package.json': '{}',
    });
    const source = new UrlReaderSource(reader, url, { maxFileBytes: 1000 });
    const result = await source.read({
      wanted: p => p.endsWith('.json') || p.endsWith('.bin'),
    });
    if (result.status !== 'read') throw new Error('expected a tree');
    expect(result.tree.etag).toBe('sha-1');
    expect(result.tree.files.map(f => f.path)).toEqual([
      'assets/huge.bin',
      'package.json',
      'src/index.ts',
    ]);
    await expect(result.tree.readText('package.json')).resolves.toBe(
      '{"name":"orders"}',
    );
    await expect(result.tree.readText('assets/huge.bin')).rejects.toThrow(
      'assets/huge.bin is 5000 bytes, over the 1000-byte limit',
    );
    await expect(result.tree.readText('src/index.ts')).rejects.toThrow(
      /was not read/,
    );
  });

  it('passes the previous ETag and treats NotModifiedError as unchanged', async () => {
    const reader = fakeReader({ 'go.mod': 'module x' }, 'sha-7');
    const source = new UrlReaderSource(reader, url);
    await expect(
      source.read({ wanted: () => true, etag: 'sha-7' }),
    ).resolves.toEqual({
      status: 'unchanged',
      etag: 'sha-7',
    });
    expect(reader.requested).toEqual([{ url, etag: 'sha-7' }]);
  });

  it('lets other reader errors through', async () => {
    const reader = fakeReader({});
    reader.readTree = async () => {
      throw new Error('404 repository not found');
    };
    await expect(
      new UrlReaderSource(reader, url).read({ wanted: () => true }),
    ).rejects.toThrow('404 repository not found');
  });
});
