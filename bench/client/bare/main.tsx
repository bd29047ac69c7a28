import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { BareData } from '../scenarios.ts';
import { BareFlow } from './BareFlow.tsx';
import '@xyflow/react/dist/style.css';
import './bare.css';

/** The bare page: the benchmark's cards from `/data-<view>.json`, in React Flow with plain React state, no Yjs. */
function App() {
  const [data, setData] = useState<BareData | null>(null);
  useEffect(() => {
    const view = new URLSearchParams(location.search).get('view') ?? 'canvas';
    void fetch(`/data-${view}.json`).then(async (response) => setData((await response.json()) as BareData));
  }, []);
  return data ? <BareFlow data={data} /> : <p>Loading…</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
