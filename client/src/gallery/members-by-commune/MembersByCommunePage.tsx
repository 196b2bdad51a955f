import { type PreloadQueryFunction, type QueryRef, useQuery, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import {
  MembersByCommuneQuestionDocument,
  type MembersByCommuneQuestionQuery,
  MembersByCommuneQuestionOptionsDocument,
} from "../../__generated__/graphql";
import { EntityLink, keyOfRef, refOf } from "../../graph-node";
import { AnswerBoundary, EmptyState } from "../../layout";
import { type AnswerColumn, AnswerTable, csvColumnsOf } from "../AnswerTable";
import { AnswerHeader, QuestionLayout } from "../QuestionLayout";
import { parseSwitch } from "../question-params";
import { useCsvDownload } from "../use-csv-download";

/** The question's variables from its URL: `?organization=pmt&stated=1` (the organisation as a ref). */
export function membersByCommuneVariables(search: URLSearchParams) {
  return {
    organizationRef: refOf("Organization", search.get("organization")?.trim() || "pmt"),
    statedOnly: parseSwitch(search.get("stated")),
  };
}

/** Starts loading the answer as soon as the URL is known. */
export function membersByCommuneLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(MembersByCommuneQuestionDocument, {
      variables: membersByCommuneVariables(new URL(request.url).searchParams),
    });
}

/** An organisation's members per commune of location. */
export function MembersByCommunePage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof membersByCommuneLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const variables = membersByCommuneVariables(new URLSearchParams(location.search));
  return (
    <QuestionLayout
      question="membersByCommune"
      form={
        <MembersForm
          key={location.search}
          organization={keyOfRef(variables.organizationRef)}
          statedOnly={variables.statedOnly}
        />
      }
    >
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

function MembersByCommuneAnswer({
  queryRef,
  organization,
}: {
  queryRef: QueryRef<MembersByCommuneQuestionQuery>;
  organization: string;
}) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const downloadCsv = useCsvDownload();
  const groups = data.membersByCommune;
  if (groups.length === 0) return <EmptyState>{t("gallery.noAnswer")}</EmptyState>;
  const columns: Array<AnswerColumn<(typeof groups)[number]>> = [
    {
      id: "commune",
      header: t("questions.membersByCommune.commune"),
      value: (group) => group.name,
      cell: (group) => (group.group ? <EntityLink node={group.group} bare /> : group.name),
    },
    { id: "count", header: t("questions.membersByCommune.count"), value: (group) => group.count, numeric: true },
  ];
  const exportCsv = () =>
    downloadCsv(
      `maillage-members-by-commune-${organization}.csv`,
      [...csvColumnsOf(columns), { header: t("entity.key"), value: (group) => group.group?.ref ?? "" }],
      groups,
    );
  return (
    <>
      <AnswerHeader count={groups.length} onExport={exportCsv} />
      <AnswerTable
        caption={t("questions.membersByCommune.title")}
        hiddenCaption
        columns={columns}
        rows={groups}
        rowKey={(group) => group.group?.ref ?? group.name}
      />
    </>
  );
}
