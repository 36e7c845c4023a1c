import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchProducts } from '../api/client';

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency }).format(minor / 100);

export function CataloguePage() {
  const [query, setQuery] = useState('');
  const { data, isPending, isError } = useQuery({ queryKey: ['products', query], queryFn: () => fetchProducts(query) });

  return (
    <section>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search" />
      {isPending && <p>Loading…</p>}
      {isError && <p role="alert">We could not load the catalogue. Please try again.</p>}
      <ul className="grid">
        {data?.map((p) => (
          <li key={p.slug}>
            <Link to={`/p/${p.slug}`}>
              <img src={p.imageUrl} alt="" loading="lazy" />
              {p.name} — {money(p.priceMinor, p.currency)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
