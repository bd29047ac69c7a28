import { lazy, Suspense } from 'react';
import { HomePage } from './home/HomePage.tsx';
import { AdminPage } from './admin/AdminPage.tsx';
import { Link } from './Link.tsx';
import { useRoute } from './router.ts';

/** The board page (React Flow, Yjs) loads on demand, so the board list opens fast on a phone. */
const BoardPage = lazy(() => import('./board/BoardPage.tsx').then((module) => ({ default: module.BoardPage })));

export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'admin':
      return <AdminPage />;
    case 'board':
      return (
        <Suspense fallback={<p className="loading">Opening the board…</p>}>
          <BoardPage key={route.boardId} boardId={route.boardId} />
        </Suspense>
      );
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <main className="not-found">
      <h1>Page not found</h1>
      <p>This address does not lead to a board.</p>
      <Link href="/">Go to all boards</Link>
    </main>
  );
}
