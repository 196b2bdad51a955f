// Axe 4: « Un tableau par évènement avec le nombre de participants, nom des entreprises impliquées
// et territoire GBM mentionné » — one row per event and participant, with the event's counts.
import { eventParticipation } from "../analytics/participation.js";
import type { GraphNode } from "../../graph/graph-values.js";
import { communesOf } from "./organization-places.js";
import {
  kindLabels,
  propertyOf,
  territoryLabel,
  type DeliverableDefinition,
  type DeliverableRow,
} from "./deliverable-table.js";
import { sharedColumns } from "./deliverable-columns.js";
import { isSme } from "./sme-flag.js";

export const participantsPerEvent: DeliverableDefinition = {
  id: "participants-per-event",
  title: "Participants par évènement",
  reference: "Convention 2024, annexe 1, axe 4 — livrables",
  description:
    "Pour chaque évènement : le nombre de participants et d'entreprises, les entreprises du territoire GBM, puis chaque participant (territoire GBM mentionné).",
  params: ["year", "territory"],
  async build(reader, params) {
    const events = await eventParticipation(reader, { year: params.year, territory: params.territory });
    const territory = territoryLabel(params.territory);
    const communes = await communesOf(
      reader,
      events.flatMap((event) => event.organizations.map((entry) => entry.organization.key)),
    );
    const rows: DeliverableRow[] = [];
    for (const event of [...events].sort((a, b) => a.event.name.localeCompare(b.event.name, "fr"))) {
      // One row per organisation, even when two sources state its participation.
      const participants = new Map<
        string,
        { organization: GraphNode; inTerritory: boolean; roles: Set<string>; sources: Set<string> }
      >();
      for (const { organization, inTerritory, evidence } of event.organizations) {
        const entry = participants.get(organization.ref) ?? {
          organization,
          inTerritory,
          roles: new Set<string>(),
          sources: new Set<string>(),
        };
        const role = evidence.properties.find((property) => property.name === "role")?.value;
        if (role) entry.roles.add(role);
        entry.sources.add(evidence.source);
        participants.set(organization.ref, entry);
      }
      const entries = [...participants.values()].sort((a, b) =>
        a.organization.name.localeCompare(b.organization.name, "fr"),
      );
      const firms = entries.filter((entry) => entry.organization.kind === "COMPANY");
      for (const entry of entries) {
        rows.push({
          event: event.event.name,
          year: event.event.year,
          eventKind: event.event.kind,
          participants: entries.length,
          firms: firms.length,
          territoryFirms: firms.filter((firm) => firm.inTerritory).length,
          smeFirms: firms.filter((firm) => isSme(propertyOf(firm.organization, "sizeBand"))).length,
          organization: entry.organization.name,
          kind: kindLabels[entry.organization.kind ?? ""] ?? entry.organization.kind,
          siren: propertyOf(entry.organization, "siren"),
          commune: communes.get(entry.organization.key) ?? null,
          inTerritory: entry.inTerritory,
          role: [...entry.roles].sort((a, b) => a.localeCompare(b, "fr")).join(" ; ") || null,
          source: [...entry.sources].join(" ; "),
        });
      }
    }
    return {
      columns: [
        { key: "event", header: "Évènement", type: "text" },
        sharedColumns.year,
        { key: "eventKind", header: "Type d'évènement", type: "text" },
        { key: "participants", header: "Nombre de participants", type: "integer" },
        sharedColumns.firms,
        sharedColumns.territoryFirms(territory),
        sharedColumns.smeFirms,
        { key: "organization", header: "Participant", type: "text" },
        sharedColumns.kind,
        sharedColumns.siren,
        sharedColumns.commune,
        sharedColumns.inTerritory(territory),
        sharedColumns.role,
        sharedColumns.source,
      ],
      rows,
    };
  },
};
