import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { RouterProvider } from "react-router/dom";
import { createApolloClient } from "./apollo-client";
import { createI18n } from "./i18n";
import { createAppRouter } from "./router";
import "./styles.css";
import "./views.css";
import "./staff.css";

const client = createApolloClient();
const i18n = createI18n();
const router = createAppRouter(client);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
