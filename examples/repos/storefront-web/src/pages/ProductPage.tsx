import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { fetchProduct } from '../api/client';
import { SafeHtml } from '../components/SafeHtml';
import { rememberProduct } from '../lib/recentlyViewed';

export function ProductPage() {
  const { slug = '' } = useParams();
  const { data, isError } = useQuery({ queryKey: ['product', slug], queryFn: () => fetchProduct(slug) });

  useEffect(() => {
    if (data) rememberProduct(data.slug);
  }, [data]);

  if (isError) return <p role="alert">This product is not available.</p>;
  if (!data) return <p>Loading…</p>;
  return (
    <article>
      <h1>{data.name}</h1>
      <img src={data.imageUrl} alt={data.name} />
      <SafeHtml className="description" html={data.descriptionHtml} />
      <p className="delivery">Order today, delivered by {dayjs().add(3, 'day').format('dddd D MMMM')}.</p>
    </article>
  );
}
