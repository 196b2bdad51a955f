import { type PreloadQueryFunction, type QueryRef, useQuery, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import {
  MembersByCommuneQuestionDocument,
  type MembersByCommuneQuestionQuery,
  MembersByCommuneQuestionOptionsDocument,
} from "../../__generated__/graphql";
import { EntityLink } from "../../graph-node/EntityLink";
import { AnswerBoundary } from "../../layout/AnswerBoundary";
import { EmptyState } from "../../layout/states";
import { csvDelimiter, downloadCsv, toCsv } from "../csv";
import { AnswerHeader, QuestionLayout } from "../QuestionLayout";
import { parseSwitch } from "../question-params";
import { keyOfRef, refOf } from "../../graph-node/entity-ref";

/** The question's variables from its URL: `?organization=pmt&stated=1` (the organisation as a ref). */
export function membersByCommuneVariables(search: URLSearchParams) {
  return { organizationRef: refOf("Organization", search.get("organization")?.trim() || "pmt"), statedOnly: parseSwitch(search.get("stated")) };
}

/** Starts loading the answer as soon as the URL is known. */
export function membersByCommuneLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(MembersByCommuneQuestionDocument, { variables: membersByCommuneVariables(new URL(request.url).searchParams) });
}

/** An organisation's members per commune of location. */
export function MembersByCommunePage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof membersByCommuneLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const variables = membersByCommuneVariables(new URLSearchParams(location.search));
  return (
    <QuestionLayout question="membersByCommune" form={<MembersForm key={location.search} organization={keyOfRef(variables.organizationRef)} statedOnly={variables.statedOnly} />}>
      <AnswerBoundary resetKey={queryRef} parametersKey={location.search} onRetry={() => void revalidator.revalidate()}>
        <MembersByCommuneAnswer queryRef={queryRef} organization={keyOfRef(variables.organizationRef)} />
      </AnswerBoundary>
    </QuestionLayout>
  );
}

function MembersForm({ organization, statedOnly }: { organization: string; statedOnly: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery(MembersByCommuneQuestionOptionsDocument);
  const organizations = data?.organizations ?? [{ id: organization, name: organization }];
  return (
    <Form method="get" className="parameters">
      <label className="field wide">
        <span>{t("questions.membersByCommune.organization")}</span>
        <select name="organization" defaultValue={organization} key={organizations.length}>
          {organizations.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <label className="switch">
        <input type="checkbox" role="switch" name="stated" value="1" defaultChecked={statedOnly} />
        <span>{t("gallery.statedOnly")}</span>
      </label>
      <button type="submit">{t("gallery.run")}</button>
    </Form>
  );
}

function MembersByCommuneAnswer({ queryRef, organization }: { queryRef: QueryRef<MembersByCommuneQuestionQuery>; organization: string }) {
  const { data } = useReadQuery(queryRef);
  const { t, i18n } = useTranslation();
  const groups = data.membersByCommune;
  const exportCsv = () => {
    type Row = (typeof groups)[number];
    const columns = [
      { header: t("questions.membersByCommune.commune"), value: (row: Row) => row.name },
      { header: t("questions.membersByCommune.count"), value: (row: Row) => row.count },
      { header: t("entity.key"), value: (row: Row) => row.group?.ref ?? "" },
    ];
    downloadCsv(`maillage-members-by-commune-${organization}.csv`, toCsv(columns, groups, csvDelimiter(i18n.language)));
  };
  if (groups.length === 0) return <EmptyState>{t("gallery.noAnswer")}</EmptyState>;
  return (
    <>
      <AnswerHeader count={groups.length} onExport={exportCsv} />
      <div className="table-scroll">
        <table className="answer-table">
          <caption className="visually-hidden">{t("questions.membersByCommune.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("questions.membersByCommune.commune")}</th>
              <th scope="col" className="number">
                {t("questions.membersByCommune.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.group?.ref ?? group.name}>
                <th scope="row">{group.group ? <EntityLink node={group.group} bare /> : group.name}</th>
                <td className="number">{group.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
