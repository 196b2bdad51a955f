import { useQuery } from "@apollo/client/react";
import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type EntityLabel, EntitySearchDocument } from "../__generated__/graphql";
import { errorMessage } from "../layout";
import { nextActiveOption } from "./combobox-navigation";
import { SearchOption } from "./SearchOption";
import { useDebouncedValue } from "./use-debounced-value";

/** The node a person picked among the suggestions. */
export interface PickedEntity {
  ref: string;
  name: string;
  label: EntityLabel;
}

interface EntitySearchProps {
  /** The visible label of the field. */
  label: string;
  /** Called with the node picked by click or Enter. */
  onPick: (entity: PickedEntity) => void;
  /** The text the field starts with (the name of an entity already picked). */
  initialText?: string;
  /** Show the picked node's name in the field afterwards (for forms), rather than clearing it. */
  keepPicked?: boolean;
  /** Only these labels. */
  labels?: EntityLabel[];
  placeholder?: string;
  className?: string;
}

/**
 * One search field across the graph with suggestions as you type, following the ARIA combobox
 * pattern: arrows move through the suggestions, Enter picks (the first one when none is active),
 * Escape closes the list, then clears the field.
 */
export function EntitySearch({
  label,
  onPick,
  initialText = "",
  keepPicked = false,
  labels,
  placeholder,
  className,
}: EntitySearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const words = useDebouncedValue(text.trim(), 150);
  const { data, previousData, loading, error } = useQuery(EntitySearchDocument, {
    variables: { text: words, labels, limit: 8 },
    skip: words === "",
  });
  const results = words === "" ? undefined : (data ?? previousData)?.search;
  const hits = results?.hits ?? [];
  const expanded = open && text.trim() !== "" && (hits.length > 0 || !loading);

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    setActive(-1);
    setText(keepPicked ? hit.node.name : "");
    onPick({ ref: hit.node.ref, name: hit.node.name, label: hit.node.label });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive(nextActiveOption(active, hits.length, event.key));
    } else if (event.key === "Enter") {
      if (hits.length > 0 && (open || active >= 0)) {
        event.preventDefault();
        pick(active >= 0 ? active : 0);
      }
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setText("");
      setActive(-1);
    }
  };

  let status = "";
  if (text.trim() !== "") {
    if (error) status = t("search.failed", { message: errorMessage(error) });
    else if (loading && hits.length === 0) status = t("search.searching");
    else if (results && hits.length === 0) status = t("search.noResult", { text: words });
    else if (results) status = t("search.resultCount", { count: results.totalCount });
  }

  return (
    <div className={`combobox ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      <div className="combobox-field">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-status`}
          autoComplete="off"
          maxLength={200}
          spellCheck={false}
          value={text}
          placeholder={placeholder}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {loading && <span className="spinner combobox-spinner" aria-hidden="true" />}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("search.suggestions")}
        className="combobox-list"
        hidden={!expanded || hits.length === 0}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.node.ref}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => pick(index)}
          >
            <SearchOption node={hit.node} />
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className={`combobox-status ${error ? "error" : ""}`} aria-live="polite">
        {expanded || error || (results && hits.length === 0) ? status : ""}
      </p>
    </div>
  );
}
