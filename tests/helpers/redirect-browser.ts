// A browser reduced to what a sign-in through redirects needs: it follows redirects by hand and keeps
// each origin's cookies (set, replaced, cleared), so a test sees every hop and every Set-Cookie.

/** One hop of a followed chain: the URL asked, its status, and the Set-Cookie headers it answered. */
export interface Hop {
  url: string;
  status: number;
  setCookies: string[];
}

export class RedirectBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** The cookie `name` this browser holds for `origin`, if any. */
  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  /** GETs `url` and follows redirects until one leads to `stopAt` (an origin) outside its /api/. */
  async follow(url: string, stopAt: string): Promise<{ final: URL; hops: Hop[] }> {
    const hops: Hop[] = [];
    let current = new URL(url);
    for (let hop = 0; hop < 20; hop += 1) {
      const response = await fetch(current, { redirect: "manual", headers: this.cookieHeader(current.origin) });
      const setCookies = response.headers.getSetCookie();
      this.store(current.origin, setCookies);
      hops.push({ url: current.href, status: response.status, setCookies });
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`Stopped at ${current.href}: ${response.status} ${await response.text()}`);
      }
      await response.body?.cancel();
      current = new URL(location, current);
      if (current.origin === stopAt && !current.pathname.startsWith("/api/")) return { final: current, hops };
    }
    throw new Error(`More than 20 redirects from ${url}`);
  }

  private cookieHeader(origin: string): Record<string, string> {
    const cookies = [...(this.jar.get(origin) ?? new Map<string, string>())];
    return cookies.length > 0 ? { cookie: cookies.map(([name, value]) => `${name}=${value}`).join("; ") } : {};
  }

  private store(origin: string, setCookies: string[]) {
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    this.jar.set(origin, cookies);
    for (const header of setCookies) {
      const [pair = "", ...attributes] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (attribute) => /^\s*max-age=0\s*$/iu.test(attribute) || /^\s*expires=.*1970/iu.test(attribute),
      );
      if (expired || value === "") cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}
