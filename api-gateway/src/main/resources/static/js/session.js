// The signed-in user: the access token lives in this tab's sessionStorage only (never a cookie, never shared).

const KEY = 'trustpay.token';

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

export const session = {
  token() {
    const token = sessionStorage.getItem(KEY);
    if (!token) return null;
    const claims = decode(token);
    if (!claims || (claims.exp && claims.exp * 1000 <= Date.now())) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return token;
  },
  signIn(token) {
    sessionStorage.setItem(KEY, token);
  },
  signOut() {
    sessionStorage.removeItem(KEY);
  },
  /** What the token says about the user (for display only: the server decides what is allowed). */
  user() {
    const token = this.token();
    const claims = token ? decode(token) : null;
    if (!claims) return null;
    const roles = Array.isArray(claims.roles) ? claims.roles : [];
    return {id: claims.sub, name: claims.name || claims.email || 'you', email: claims.email, admin: roles.includes('ADMIN')};
  },
};
