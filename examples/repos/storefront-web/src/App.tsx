import { Route, Routes } from 'react-router';
import { Shell } from '@larkspur/ui-kit';
import { CataloguePage } from './pages/CataloguePage';
import { ProductPage } from './pages/ProductPage';

export function App() {
  return (
    <Shell brand="Larkspur Goods">
      <Routes>
        <Route path="/" element={<CataloguePage />} />
        <Route path="/p/:slug" element={<ProductPage />} />
      </Routes>
    </Shell>
  );
}
