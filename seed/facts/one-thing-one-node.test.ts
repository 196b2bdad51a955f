// Pins the "one thing, one node" decisions of docs/DATA-MODEL.md (issue 12) on the built seed.
import { describe, expect, it } from "vitest";
import { buildSeed } from "../build-seed.js";
import { retiredNodes } from "../retired-nodes.js";
import { retiredProperties } from "../retired-properties.js";

const seed = buildSeed();
const hasNode = (ref: string) => seed.facts.nodes.some((node) => `${node.label}:${node.key}` === ref);
const facts = (from: string, type: string, to: string) =>
  seed.facts.relationships.filter((fact) => fact.from === from && fact.type === type && fact.to === to);
const aliasesOf = (ref: string) =>
  (seed.facts.nodes.find((node) => `${node.label}:${node.key}` === ref)?.properties.aliases as string[] | undefined) ??
  [];

describe("one thing, one node", () => {
  it("keeps the CORAC council and its calls for projects two nodes, the council running them", () => {
    expect(hasNode("Organization:corac")).toBe(true);
    expect(hasNode("Programme:corac")).toBe(true);
    expect(facts("Organization:corac", "RUNS", "Programme:corac")).toHaveLength(1);
    expect(facts("Programme:corac-feuille-de-route-2035", "PART_OF", "Programme:corac")).toHaveLength(1);
  });

  it("gives « Vendre à l'industrie Allemande » one node, the webinars, part of axe 3", () => {
    const webinars = "Event:webinaires-vendre-a-l-industrie-allemande-2024";
    // The offer, its webinars and their target: one Event and its Indicator, no second node for the offer.
    const named = seed.facts.nodes.filter((node) => /vendre-a-l-industrie-allemande/.test(node.key));
    expect(named.map((node) => node.label).sort()).toEqual(["Event", "Indicator"]);
    expect(hasNode("Programme:pmt-vendre-a-l-industrie-allemande")).toBe(false);
    expect(facts(webinars, "PART_OF", "Programme:pmt-animation-2024-axe-3")).toHaveLength(1);
    expect(facts("Organization:cci-france-allemagne", "ORGANIZES", webinars)).toHaveLength(1);
  });

  it("retires the nodes an earlier seed wrote, each replaced by a node of this seed", () => {
    expect(retiredNodes.map((node) => node.ref)).toEqual(
      expect.arrayContaining(["Commune:torino", "Programme:pmt-vendre-a-l-industrie-allemande"]),
    );
    for (const node of retiredNodes) {
      expect(hasNode(node.ref), node.ref).toBe(false);
      expect(hasNode(node.replacedBy), node.replacedBy).toBe(true);
    }
  });

  it("writes none of the properties it retires (a re-seed would set them, then remove them)", () => {
    expect(retiredProperties.map(({ label, property }) => `${label}.${property}`)).toContain("Programme.objectives");
    for (const { label, property, having = {} } of retiredProperties) {
      const writers = seed.facts.nodes.filter(
        (node) =>
          node.label === label &&
          property in node.properties &&
          Object.entries(having).every(([name, value]) => node.properties[name] === value),
      );
      expect(
        writers.map((node) => node.key),
        `${label}.${property}`,
      ).toEqual([]);
    }
  });

  it("gives the Rentrée du DM one event node, PMT a participant and a co-organiser of it", () => {
    const [participation] = facts("Organization:pmt", "PARTICIPATED_IN", "Event:rentree-du-dm-2024");
    const [organising] = facts("Organization:pmt", "ORGANIZES", "Event:rentree-du-dm-2024");
    expect(participation?.properties.role).toBe("impliqué");
    expect(organising?.properties.role).toBe("co-organisateur");
    expect(seed.facts.nodes.filter((node) => /rentree-du-dm/.test(node.key) && node.label === "Event")).toHaveLength(1);
  });

  it("keeps « Campus des Métiers » and « CMQ MSI » two nodes, neither an alias of the other", () => {
    expect(hasNode("Organization:campus-des-metiers")).toBe(true);
    expect(hasNode("Organization:cmq-msi")).toBe(true);
    expect(aliasesOf("Organization:campus-des-metiers")).not.toContain("CMQ MSI");
    expect(aliasesOf("Organization:cmq-msi")).not.toContain("Campus des Métiers");
  });

  it("keeps « Industrie du futur » and « Industrie durable et performante » two programmes", () => {
    expect(hasNode("Programme:industrie-du-futur")).toBe(true);
    expect(aliasesOf("Programme:industrie-durable-et-performante")).toContain(
      "Industrie du Futur durable et performante",
    );
    expect(aliasesOf("Programme:industrie-du-futur")).toEqual([]);
  });
});
