import { type FormEvent, useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import {
  AccountRowFragmentDoc,
  AccountsPageDocument,
  ApiTokenRowFragmentDoc,
  ChangeAccountRoleDocument,
  CreateApiTokenDocument,
  InviteAccountDocument,
  ReactivateAccountDocument,
  ResetAccountPasswordDocument,
  RevokeApiTokenDocument,
  SuspendAccountDocument,
  type AccountRole,
} from "../__generated__/graphql";
import { getFragmentData } from "../__generated__/fragment-masking";
import { useFormat } from "../i18n";
import { errorMessage, LoadingState } from "../layout";
import { roles } from "../session";

/** A one-time link or a token to show once, with what it is for. */
interface Shown {
  label: string;
  value: string;
  note?: string;
}

/** A role picker. */
function RoleSelect(props: { label: string; value: AccountRole; onChange: (role: AccountRole) => void }) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as AccountRole)}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </select>
  );
}

/** The admin's tools: accounts (invite, role, suspend, reset), API tokens (create, revoke) and their log. */
export function AccountsAdmin({ self }: { self: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const formId = useId();
  const { data, loading } = useQuery(AccountsPageDocument, { fetchPolicy: "cache-and-network" });
  const refetch = { refetchQueries: [AccountsPageDocument], awaitRefetchQueries: true };
  const [invite] = useMutation(InviteAccountDocument, refetch);
  const [changeRole] = useMutation(ChangeAccountRoleDocument, refetch);
  const [suspend] = useMutation(SuspendAccountDocument, refetch);
  const [reactivate] = useMutation(ReactivateAccountDocument, refetch);
  const [reset] = useMutation(ResetAccountPasswordDocument, refetch);
  const [createToken] = useMutation(CreateApiTokenDocument, refetch);
  const [revoke] = useMutation(RevokeApiTokenDocument, refetch);
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<AccountRole>("editor");
  const [tokenName, setTokenName] = useState("");
  const [tokenRole, setTokenRole] = useState<AccountRole>("viewer");

  /** Runs an action, showing its refusal if any. */
  const act = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(t("accounts.failed", { message: errorMessage(error) }));
    }
  };
  const linkOf = (token: string) => `${window.location.origin}/set-password#${token}`;
  const showLink = (link: { setupToken: string; expiresAt: string }, to: string) =>
    setShown({
      label: t("accounts.linkFor", { email: to, date: format.dateTime(link.expiresAt) }),
      value: linkOf(link.setupToken),
      note: t("accounts.linkNote"),
    });

  if (loading && !data) return <LoadingState />;
  const accounts = (data?.accounts ?? []).map((row) => getFragmentData(AccountRowFragmentDoc, row));
  const tokens = (data?.apiTokens ?? []).map((row) => getFragmentData(ApiTokenRowFragmentDoc, row));

  const submitInvite = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const result = await invite({ variables: { email, name, role } });
      const link = result.data!.inviteAccount;
      showLink(link, getFragmentData(AccountRowFragmentDoc, link.account).email);
      setEmail("");
      setName("");
    });
  };
  const submitToken = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const result = await createToken({ variables: { name: tokenName, role: tokenRole } });
      setShown({ label: t("accounts.newToken", { name: tokenName }), value: result.data!.createApiToken.token });
      setTokenName("");
    });
  };

  return (
    <>
      {problem && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      )}
      {shown && (
        <div className="notice one-time-secret" role="status">
          <label htmlFor={`${formId}-shown`}>{shown.label}</label>
          <input id={`${formId}-shown`} readOnly value={shown.value} onFocus={(e) => e.target.select()} />
          {shown.note && <p>{shown.note}</p>}
        </div>
      )}
      <section aria-labelledby={`${formId}-people`}>
        <h2 id={`${formId}-people`}>{t("accounts.people")}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("accounts.email")}</th>
              <th scope="col">{t("accounts.name")}</th>
              <th scope="col">{t("accounts.role")}</th>
              <th scope="col">{t("accounts.status")}</th>
              <th scope="col">{t("accounts.lastSignIn")}</th>
              <th scope="col">{t("accounts.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.email}</th>
                <td>{account.name}</td>
                <td>
                  {account.email === self ? (
                    t(`roles.${account.role}`)
                  ) : (
                    <RoleSelect
                      label={t("accounts.roleOf", { email: account.email })}
                      value={account.role}
                      onChange={(next) => void act(() => changeRole({ variables: { id: account.id, role: next } }))}
                    />
                  )}
                </td>
                <td>{t(`accounts.statuses.${account.status}`)}</td>
                <td>{account.lastSignInAt ? format.dateTime(account.lastSignInAt) : t("accounts.never")}</td>
                <td>
                  {account.email !== self &&
                    (account.status === "SUSPENDED" ? (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void act(() => reactivate({ variables: { id: account.id } }))}
                      >
                        {t("accounts.reactivate")}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => void act(() => suspend({ variables: { id: account.id } }))}
                      >
                        {t("accounts.suspend")}
                      </button>
                    ))}{" "}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      void act(async () => {
                        const result = await reset({ variables: { id: account.id } });
                        showLink(result.data!.resetAccountPassword, account.email);
                      })
                    }
                  >
                    {t("accounts.reset")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="edit-form" aria-label={t("accounts.invite")} onSubmit={submitInvite}>
          <h3>{t("accounts.invite")}</h3>
          <div className="field">
            <label htmlFor={`${formId}-email`}>{t("accounts.email")}</label>
            <input
              id={`${formId}-email`}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-name`}>{t("accounts.name")}</label>
            <input id={`${formId}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <RoleSelect label={t("accounts.role")} value={role} onChange={setRole} />
          </div>
          <p className="form-actions">
            <button type="submit">{t("accounts.inviteSubmit")}</button>
          </p>
        </form>
      </section>
      <section aria-labelledby={`${formId}-tokens`}>
        <h2 id={`${formId}-tokens`}>{t("accounts.tokens")}</h2>
        <p>{t("accounts.tokensText")}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("accounts.tokenName")}</th>
              <th scope="col">{t("accounts.role")}</th>
              <th scope="col">{t("accounts.createdBy")}</th>
              <th scope="col">{t("accounts.lastUse")}</th>
              <th scope="col">{t("accounts.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{t(`roles.${token.role}`)}</td>
                <td>{token.createdBy}</td>
                <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t("accounts.never")}</td>
                <td>
                  {token.revokedAt ? (
                    t("accounts.revoked", { date: format.dateTime(token.revokedAt) })
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t("accounts.revokeNamed", { name: token.name })}
                      onClick={() => void act(() => revoke({ variables: { id: token.id } }))}
                    >
                      {t("accounts.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="edit-form" aria-label={t("accounts.createToken")} onSubmit={submitToken}>
          <div className="field">
            <label htmlFor={`${formId}-token-name`}>{t("accounts.tokenName")}</label>
            <input
              id={`${formId}-token-name`}
              required
              value={tokenName}
              onChange={(e) => setTokenName(e.target.value)}
            />
          </div>
          <div className="field">
            <RoleSelect label={t("accounts.role")} value={tokenRole} onChange={setTokenRole} />
          </div>
          <p className="form-actions">
            <button type="submit">{t("accounts.createToken")}</button>
          </p>
        </form>
      </section>
      <section aria-labelledby={`${formId}-journal`}>
        <h2 id={`${formId}-journal`}>{t("accounts.journal")}</h2>
        <ul className="account-journal">
          {(data?.accountChanges ?? []).map((change) => (
            <li key={change.id}>
              {format.dateTime(change.at)} — {change.by} — {t(`history.actions.${change.action}`)} — {change.entity}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
