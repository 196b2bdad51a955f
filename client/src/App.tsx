import { OrganizationSearch } from "./organization-search/OrganizationSearch";

/** The app shell: a header and the organisation search. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Maillage</h1>
        <p>Le graphe de l'écosystème du Pôle des Microtechniques</p>
      </header>
      <main>
        <OrganizationSearch />
      </main>
    </div>
  );
}
