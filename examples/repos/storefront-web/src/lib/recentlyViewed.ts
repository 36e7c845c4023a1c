// Remembers the last products a shopper looked at. Only public product slugs are stored here.
const KEY = 'recently-viewed';
const MAX = 8;

export function rememberProduct(slug: string): void {
  const current = recentlyViewed().filter((s) => s !== slug);
  localStorage.setItem(KEY, JSON.stringify([slug, ...current].slice(0, MAX)));
}

export function recentlyViewed(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}
