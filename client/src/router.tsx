// Every view has its URL; routes start loading their query before they render (preloaded queries),
// and the graph and funding views load their heavy libraries (sigma, recharts) only when visited.
import type { ApolloClient } from "@apollo/client";
import { createQueryPreloader } from "@apollo/client/react";
import { createBrowserRouter } from "react-router";
import { AccountsPage } from "./accounts";
import { DeliverablesPage, deliverablesLoader } from "./deliverables";
import { DocumentPage, UploadSourcePage } from "./documents";
import { NewOrganizationPage } from "./editing";
import { EntityPage, entityPageLoader } from "./entity";
import { followUpLoader, FollowUpPage, yearlyReviewLoader, YearlyReviewPage } from "./follow-up";
import { fundingLoader } from "./funding";
import {
  eventParticipationLoader,
  EventParticipationPage,
  firmsAtEventsLoader,
  FirmsAtEventsPage,
  membersByCommuneLoader,
  MembersByCommunePage,
  programmeFundingLoader,
  ProgrammeFundingPage,
} from "./gallery";
import { graphLoader, shouldReloadGraph } from "./graph";
import { HomePage } from "./home";
import { ImportPage } from "./import";
import { AppLayout, LoadingState, NotFound, RouteError } from "./layout";
import { networkLoader } from "./network";
import { PathFinderPage, pathFinderLoader } from "./paths";
import { dataQualityLoader, DataQualityPage } from "./quality";
import { RegistryPage } from "./registry";
import { SetPasswordPage, sessionLoader, sessionRouteId, shouldReloadSession, SignInPage } from "./session";

/** The app's routes, bound to the Apollo Client whose cache the loaders fill. The root route knows
 *  who is signed in (and sends people to sign in when reading needs it). */
export function createAppRouter(client: ApolloClient) {
  const preloadQuery = createQueryPreloader(client);
  return createBrowserRouter([
    {
      id: sessionRouteId,
      path: "/",
      loader: sessionLoader(client),
      shouldRevalidate: shouldReloadSession,
      Component: AppLayout,
      HydrateFallback: LoadingState,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, Component: HomePage },
            { path: "entity/:ref", loader: entityPageLoader(preloadQuery), Component: EntityPage },
            {
              path: "graph/:ref",
              loader: graphLoader(preloadQuery),
              shouldRevalidate: shouldReloadGraph,
              lazy: () => import("./graph/GraphPage").then((module) => ({ Component: module.GraphPage })),
            },
            {
              path: "questions/firms-at-events",
              loader: firmsAtEventsLoader(preloadQuery),
              Component: FirmsAtEventsPage,
            },
            {
              path: "questions/programme-funding",
              loader: programmeFundingLoader(client, preloadQuery),
              Component: ProgrammeFundingPage,
            },
            {
              path: "questions/event-participation",
              loader: eventParticipationLoader(preloadQuery),
              Component: EventParticipationPage,
            },
            {
              path: "questions/members-by-commune",
              loader: membersByCommuneLoader(preloadQuery),
              Component: MembersByCommunePage,
            },
            { path: "paths", loader: pathFinderLoader(preloadQuery), Component: PathFinderPage },
            {
              path: "funding/:programme?",
              loader: fundingLoader(client, preloadQuery),
              lazy: () => import("./funding/FundingPage").then((module) => ({ Component: module.FundingPage })),
            },
            { path: "programmes/:programme", loader: followUpLoader(preloadQuery), Component: FollowUpPage },
            {
              path: "programmes/:programme/review",
              loader: yearlyReviewLoader(preloadQuery),
              Component: YearlyReviewPage,
            },
            {
              path: "network",
              loader: networkLoader(preloadQuery),
              lazy: () => import("./network/NetworkPage").then((module) => ({ Component: module.NetworkPage })),
            },
            { path: "sign-in", Component: SignInPage },
            { path: "set-password", Component: SetPasswordPage },
            { path: "admin/accounts", Component: AccountsPage },
            { path: "organizations/new", Component: NewOrganizationPage },
            { path: "import", Component: ImportPage },
            { path: "documents/new", Component: UploadSourcePage },
            { path: "documents/:id", Component: DocumentPage },
            { path: "registry", Component: RegistryPage },
            { path: "deliverables", loader: deliverablesLoader, Component: DeliverablesPage },
            { path: "quality", loader: dataQualityLoader(preloadQuery), Component: DataQualityPage },
            { path: "*", Component: NotFound },
          ],
        },
      ],
    },
  ]);
}
