// The signed-in user. The access token lives in this module's memory only: never in localStorage, sessionStorage or
// a cookie, so a script injected into the page finds nothing stored to steal. A reload or a new tab gets a fresh one
// from the browser session's refresh token, an HttpOnly cookie no script can read (api.js refresh, ADR 0023).

function decode(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      [...atob(part)].map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''),
    );
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** A session held in memory; `now` is for tests. */
export function createSession({now = () => Date.now()} = {}) {
  let current = null;
  let claims = null;
  return {
    /** The access token while it is valid, else null (the caller refreshes). */
    token() {
      if (!current || !claims || (claims.exp && claims.exp * 1000 <= now())) return null;
      return current;
    },
    /** Whether someone signed in in this page, even if the access token has expired since (refresh renews it). */
    signedIn() {
      return current !== null;
    },
    signIn(token) {
      const read = decode(token);
      current = read ? token : null;
      claims = read;
    },
    signOut() {
      current = null;
      claims = null;
    },
    /** What the token says about the user (for display only: the server decides what is allowed). */
    user() {
      if (!claims) return null;
      const roles = Array.isArray(claims.roles) ? claims.roles : [];
      return {id: claims.sub, name: claims.name || claims.email || 'you', email: claims.email, admin: roles.includes('ADMIN')};
    },
  };
}

/** The page's session. */
export const session = createSession();
