// The public face of client/src/accounts: the admin page of accounts and API tokens.
export { AccountsPage } from "./AccountsPage";
