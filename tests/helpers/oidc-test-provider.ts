// A real OpenID Connect provider (the `oidc-provider` package) in the test's process, on a free
// loopback port, for the OIDC sign-in tests: discovery, authorization code + PKCE, signed ID tokens.
// Its login and consent are completed in code (interactionDetails / interactionFinished) for the
// person the test names with `signInAs`; no part of what Maillage verifies is mocked.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A person the provider knows: the claims it vouches for. */
export interface TestPerson {
  email: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

/** A client registered at the provider. */
export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUrls: string[];
}

export class OidcTestProvider {
  private person: string | undefined;

  private constructor(
    readonly issuer: string,
    private readonly server: Server,
    private readonly people: Map<string, TestPerson>,
  ) {}

  /**
   * Starts a provider whose issuer is `http://127.0.0.1:<port><issuerPath>` (an `issuerPath` other
   * than "" makes a provider that names another issuer than the address it is reached at).
   */
  static async start(clients: TestClient[], issuerPath = ""): Promise<OidcTestProvider> {
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
    const server = createServer((req, res) => handle(req, res));
    server.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}${issuerPath}`;
    const people = new Map<string, TestPerson>();
    const provider = new Provider(issuer, {
      clients: clients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUrls,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      })),
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false } },
      cookies: { keys: ["maillage-test-provider"] },
      findAccount: (_ctx, sub) => {
        const person = people.get(sub);
        return person ? { accountId: sub, claims: () => ({ sub, ...person }) } : undefined;
      },
    });
    const running = new OidcTestProvider(issuer, server, people);
    const providerCallback = provider.callback();
    handle = (req, res) => {
      if (!req.url?.startsWith("/interaction/")) {
        void providerCallback(req, res);
        return;
      }
      running.finishInteraction(provider, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    };
    return running;
  }

  /** The person the next login is completed for (known to the provider from then on). */
  signInAs(sub: string, person: TestPerson): void {
    this.people.set(sub, person);
    this.person = sub;
  }

  /** Logs the chosen person in and grants every scope asked, as a person clicking through would. */
  private async finishInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const accountId = this.person;
    if (!accountId) throw new Error("Call signInAs before signing in through the test provider.");
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
