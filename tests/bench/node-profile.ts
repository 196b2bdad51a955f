// Where the server's CPU goes: a V8 CPU profile (node --cpu-prof) summed by package and by function.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples: number[];
}

export interface CpuProfileSummary {
  packages: Array<{ name: string; share: number }>;
  functions: Array<{ name: string; share: number }>;
}

/** The shares of self time by package (or Maillage folder) and the top functions, of the profiles in `dir`. */
export function summarizeCpuProfiles(dir: string, top = 15): CpuProfileSummary {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
      if (owner === "(idle)") continue;
      total += hits;
      byPackage.set(owner, (byPackage.get(owner) ?? 0) + hits);
      const name = `${node.callFrame.functionName || "(anonymous)"} — ${owner}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    }
  }
  const shares = (counts: Map<string, number>) =>
    [...counts]
      .sort(([, a], [, b]) => b - a)
      .slice(0, top)
      .map(([name, hits]) => ({ name, share: hits / total }));
  return { packages: shares(byPackage), functions: shares(byFunction) };
}

/** The npm package or the repository folder a script belongs to; V8's own entries by name. */
function ownerOf(url: string, functionName: string): string {
  if (url === "")
    return functionName === "(idle)" || functionName === "(program)" || functionName === "(garbage collector)"
      ? functionName
      : "(native)";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith("node:")) return "node";
  const local = /\/(server|graph|seed|tests|schema|client)\/([^/]+)/.exec(url);
  return local ? `${local[1]}/${local[2]}` : url;
}
