import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage, listAllBoards, replaceLink, type BoardLinks, type BoardSummary } from '../api.ts';
import { boardPath } from '../router.ts';
import { fullDate, timeAgo } from '../home/format-time.ts';
import '../styles/home.css';

const KEY = 'roundtable:admin-token';

/**
 * The server operator's page: with the admin token (printed on the server's first start, kept in DATA_DIR), every
 * board on the server, and new links for any of them. The token stays in this tab only.
 */
export function AdminPage() {
  const [token, setToken] = useState(() => sessionStorage.getItem(KEY) ?? '');
  const [draft, setDraft] = useState('');
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [issued, setIssued] = useState<Record<string, BoardLinks>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Roundtable — all boards (admin)';
    if (!token) return;
    listAllBoards(token).then(setBoards, (error: unknown) => {
      setProblem(errorMessage(error));
      setBoards(null);
    });
  }, [token]);

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, draft.trim());
    setProblem(null);
    setToken(draft.trim());
  };

  const issue = async (board: BoardSummary) => {
    if (!window.confirm(`Issue new links for “${board.title}”? Its current links stop working and everyone on it is disconnected.`)) return;
    try {
      const links = await replaceLink(board.id, token, 'facilitator');
      setIssued((all) => ({ ...all, [board.id]: links }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="home">
      <header className="home__header">
        <h1 className="brand">Roundtable administration</h1>
        <p className="home__lead">Every board on this server, for whoever runs it.</p>
      </header>
      <main className="home__main">
        <form className="create-board" onSubmit={signIn}>
          <label htmlFor="admin-token">Admin token</label>
          <p className="muted">Printed when the server first started; also in the file admin-token in its data folder.</p>
          <div className="create-board__row">
            <input id="admin-token" data-testid="admin-token" type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit" className="button button--primary" disabled={!draft.trim()}>Show every board</button>
          </div>
        </form>
        {problem && <div className="alert" role="alert">{problem}</div>}
        {boards && (
          <section aria-labelledby="all-boards">
            <h2 id="all-boards">All boards ({boards.length})</h2>
            <ul className="board-list">
              {boards.map((board) => (
                <li key={board.id} className="board-row" data-testid="admin-board">
                  <div className="board-row__main">
                    <a className="board-row__title" href={`${boardPath(board.id)}#token=${encodeURIComponent(token)}`}>{board.title}</a>
                    <span className="board-row__updated" title={fullDate(board.updatedAt)}>
                      {board.mode} · updated {timeAgo(board.updatedAt)}
                    </span>
                    {issued[board.id] && (
                      <dl className="admin__links" data-testid="admin-links">
                        {Object.entries(issued[board.id]!.links).map(([role, link]) => (
                          <div key={role}><dt>{role}</dt><dd><input readOnly value={link} aria-label={`New ${role} link`} onFocus={(e) => e.target.select()} /></dd></div>
                        ))}
                      </dl>
                    )}
                  </div>
                  <div className="board-row__actions">
                    <button type="button" className="button" data-testid="admin-issue-links" onClick={() => void issue(board)}>Issue new links</button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
