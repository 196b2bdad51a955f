// Starts bench-server.ts in a child Node process in production mode, as a deployment runs it.
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { projectRoot } from "../../server/config.js";
import type { BenchServerOptions } from "./bench-server.js";

export interface BenchServerProcess {
  pid: number | undefined;
  /** Maillage with the response cache off: every request runs its question (latency, comparisons). */
  maillageUrl: string;
  /** Maillage as `npm start` runs it, the response cache on (the entity lookup's throughput). */
  maillageCachedUrl: string;
  naiveUrl: string;
  /** Starts a CPU profile of the server. */
  startProfile(): Promise<void>;
  /** Stops the CPU profile and writes it to `file` (.cpuprofile). */
  stopProfile(file: string): Promise<void>;
  /** Stops the child and waits for it to exit. */
  stop(): Promise<void>;
}

/** Spawns the server (of this checkout, or of the one at `root`) and waits until it listens. */
export async function startBenchServer(options: BenchServerOptions, root = projectRoot): Promise<BenchServerProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "tests", "bench", "bench-server.ts"), JSON.stringify(options)],
    { cwd: root, env: { ...process.env, NODE_ENV: "production" }, stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = readline.createInterface({ input: child.stdout });
  const reply = (expected: string) =>
    new Promise<void>((resolve) => lines.once("line", (line) => line === expected && resolve()));
  // An older checkout's bench server (compare-servers.ts) has no cached app: its one app serves both.
  const urls = await new Promise<{ maillage: string; maillageCached?: string; naive: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the bench server did not start within 120 s")), 120_000);
    child.once("exit", (code) => reject(new Error(`the bench server exited during start (code ${code})`)));
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) {
        clearTimeout(timer);
        resolve(
          JSON.parse(line.slice("READY ".length)) as { maillage: string; maillageCached?: string; naive: string },
        );
      } else if (line.startsWith("ERROR ")) {
        clearTimeout(timer);
        reject(new Error(`the bench server failed to start: ${line.slice("ERROR ".length)}`));
      }
    });
  });
  return {
    pid: child.pid,
    maillageUrl: urls.maillage,
    maillageCachedUrl: urls.maillageCached ?? urls.maillage,
    naiveUrl: urls.naive,
    startProfile: async () => {
      const profiling = reply("PROFILING");
      child.stdin.write("profile-start\n");
      await profiling;
    },
    stopProfile: async (file) => {
      const profiled = reply("PROFILED");
      child.stdin.write(`profile-stop ${file}\n`);
      await profiled;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        child.once("exit", () => {
          clearTimeout(killer);
          resolve();
        });
        child.stdin?.end();
      }),
  };
}
