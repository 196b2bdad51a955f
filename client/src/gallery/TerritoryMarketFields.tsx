import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { TerritoryMarketOptionsDocument } from "../__generated__/graphql";

/** The territory, market and year fields that several questions share (named `territory`, `market`, `year`). */
export function TerritoryMarketFields(props: { territory: string; market: string | null; year: number | null }) {
  const { t } = useTranslation();
  const { data } = useQuery(TerritoryMarketOptionsDocument);
  // Until the options arrive, offer the current values so the form is usable at once.
  const territories = data?.territories ?? [{ code: props.territory, name: props.territory }];
  const markets = data?.markets ?? (props.market ? [{ code: props.market, name: props.market }] : []);
  return (
    <>
      <label className="field">
        <span>{t("questions.firmsAtEvents.territory")}</span>
        <select name="territory" defaultValue={props.territory} key={`territory-${territories.length}`}>
          {territories.map((territory) => (
            <option key={territory.code} value={territory.code}>
              {territory.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("questions.firmsAtEvents.market")}</span>
        <select name="market" defaultValue={props.market ?? ""} key={`market-${markets.length}`}>
          <option value="">{t("gallery.anyMarket")}</option>
          {markets.map((market) => (
            <option key={market.code} value={market.code}>
              {market.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("questions.firmsAtEvents.year")}</span>
        <input
          type="number"
          name="year"
          inputMode="numeric"
          min={1990}
          max={2100}
          placeholder={t("gallery.anyYear")}
          defaultValue={props.year ?? ""}
        />
      </label>
    </>
  );
}
