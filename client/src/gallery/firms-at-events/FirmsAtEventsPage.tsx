import type { PreloadQueryFunction } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import { FirmsAtEventsQuestionDocument } from "../../__generated__/graphql";
import { AnswerBoundary } from "../../layout";
import { QuestionLayout } from "../QuestionLayout";
import { TerritoryMarketFields } from "../TerritoryMarketFields";
import {
  gbmTerritory,
  organizationKinds,
  parseKinds,
  parseOptional,
  parsePageSize,
  parseSwitch,
  parseYear,
} from "../question-params";
import { FirmsAtEventsAnswer, firmsPageSize } from "./FirmsAtEventsAnswer";
import { keyOfRef, refOf } from "../../graph-node";
import { smeSizeBands } from "../../../../graph/registry/size-bands";

/** The question's variables from its URL: `?territory=242500361&market=ASD&year=2024&kinds=COMPANY&stated=1&sme=1&first=50` (nodes as refs; `sme` the SMEs only, by register size band; `first` the page size). */
export function firmsAtEventsVariables(search: URLSearchParams) {
  return {
    territoryRef: refOf("Territory", parseOptional(search.get("territory"), gbmTerritory) ?? gbmTerritory),
    marketRef: refOf("Market", parseOptional(search.get("market"), "ASD")),
    year: parseYear(search.get("year")),
    kinds: parseKinds(search.getAll("kinds")),
    statedOnly: parseSwitch(search.get("stated")),
    sizeBands: parseSwitch(search.get("sme")) ? smeSizeBands : null,
    first: parsePageSize(search.get("first"), firmsPageSize),
  };
}

/** Starts loading the answer as soon as the URL is known. */
export function firmsAtEventsLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(FirmsAtEventsQuestionDocument, {
      variables: firmsAtEventsVariables(new URL(request.url).searchParams),
    });
}

/** "Which GBM firms joined ASD events?": the parameters as a form, the answer as a table with evidence paths. */
export function FirmsAtEventsPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof firmsAtEventsLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const variables = firmsAtEventsVariables(new URLSearchParams(location.search));
  return (
    <QuestionLayout question="firmsAtEvents" form={<FirmsAtEventsForm key={location.search} variables={variables} />}>
      <AnswerBoundary resetKey={queryRef} parametersKey={location.search} onRetry={() => void revalidator.revalidate()}>
        <FirmsAtEventsAnswer queryRef={queryRef} variables={variables} />
      </AnswerBoundary>
    </QuestionLayout>
  );
}

/** The question's parameters; submitting puts them in the URL (GET), so the answer can be shared. */
function FirmsAtEventsForm({ variables }: { variables: ReturnType<typeof firmsAtEventsVariables> }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="parameters">
      <TerritoryMarketFields
        territory={keyOfRef(variables.territoryRef)}
        market={keyOfRef(variables.marketRef)}
        year={variables.year}
      />
      <fieldset className="field checkboxes">
        <legend>{t("questions.firmsAtEvents.kinds")}</legend>
        {organizationKinds.map((kind) => (
          <label key={kind}>
            <input type="checkbox" name="kinds" value={kind} defaultChecked={variables.kinds.includes(kind)} />
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <label className="switch">
        <input type="checkbox" role="switch" name="stated" value="1" defaultChecked={variables.statedOnly} />
        <span>{t("gallery.statedOnly")}</span>
      </label>
      <label className="switch">
        <input type="checkbox" role="switch" name="sme" value="1" defaultChecked={variables.sizeBands !== null} />
        <span>{t("questions.firmsAtEvents.smesOnly")}</span>
      </label>
      <button type="submit">{t("gallery.run")}</button>
    </Form>
  );
}
