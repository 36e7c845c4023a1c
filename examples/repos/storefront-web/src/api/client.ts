import { z } from 'zod';

// Responses are validated so a backend change shows up as a clear error, not a blank page.
export const Product = z.object({
  slug: z.string(),
  name: z.string(),
  priceMinor: z.number().int(),
  currency: z.string().length(3),
  descriptionHtml: z.string(),
  imageUrl: z.string().url(),
});
export type Product = z.infer<typeof Product>;

const ProductList = z.array(Product.omit({ descriptionHtml: true }));

async function getJson(path: string): Promise<unknown> {
  // The session lives in an HttpOnly cookie set by the gateway; the app never sees a token.
  const res = await fetch(`/api${path}`, { credentials: 'same-origin', signal: AbortSignal.timeout(8_000) });
  if (!res.ok) {
    throw new Error(`GET ${path} failed with ${res.status}`);
  }
  return res.json();
}

export async function fetchProducts(query: string) {
  return ProductList.parse(await getJson(`/catalogue?q=${encodeURIComponent(query)}`));
}

export async function fetchProduct(slug: string) {
  return Product.parse(await getJson(`/catalogue/${encodeURIComponent(slug)}`));
}
