import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, createWriteStream } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { projectRoot } from "../config.js";
import { EmbeddedNeo4jError } from "./embedded-neo4j-error.js";
import { embeddedPasswordFile, embeddedUser, ensureEmbeddedPassword } from "./embedded-password.js";
import { assertPortFree } from "./port-check.js";

/** Where the Maven project of the embedded Neo4j lives, and what its build produces. */
const launcherDir = path.join(projectRoot, "server", "embedded-neo4j");
const targetDir = path.join(launcherDir, "target");
const launcherJar = path.join(targetDir, "embedded-neo4j-1.0.0.jar");

/** The JVM class path of the embedded Neo4j: the launcher and Neo4j's jars (its import tool among them). */
export const embeddedClasspath = `${launcherJar}${path.delimiter}${path.join(targetDir, "lib", "*")}`;

/** The versions pinned in server/embedded-neo4j/pom.xml, reported by `npm start` and /health. */
export const embeddedVersions = { neo4j: "5.26.19", apoc: "5.26.19" } as const;

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCacheMb: number;
  javaHome?: string | undefined;
  /** Web origins (e.g. https://browser.neo4j.io) allowed to open Bolt over WebSocket; none by default. */
  allowedOrigins?: readonly string[] | undefined;
  /** Progress messages for a person watching the start. */
  log?: (message: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The credentials Bolt asks for: user `neo4j`, the password kept in `<dataDir>/neo4j-password`. */
  user: string;
  password: string;
  /** The JVM's process id (the resilience suite kills it to prove recovery). */
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after `graceMs`); resolves once the JVM has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Builds (first run only) and starts Neo4j Community in a child JVM; resolves when Bolt is ready. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const java = findJava(options.javaHome);
  buildLauncherIfStale(options.javaHome, log);
  const host = "127.0.0.1";
  await assertPortFree(host, options.boltPort, "NEO4J_BOLT_PORT");

  const password = ensureEmbeddedPassword(options.dataDir);
  const home = path.join(options.dataDir, "neo4j");
  mkdirSync(path.join(home, "logs"), { recursive: true });
  const child = spawn(
    java,
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      "-XX:+UseG1GC",
      "-XX:-OmitStackTraceInFastThrow",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      `-Dmaillage.home=${home}`,
      `-Dmaillage.plugins=${path.join(targetDir, "plugins")}`,
      `-Dmaillage.passwordFile=${embeddedPasswordFile(options.dataDir)}`,
      `-Dmaillage.allowedOrigins=${(options.allowedOrigins ?? []).join(",")}`,
      `-Dmaillage.host=${host}`,
      `-Dmaillage.port=${options.boltPort}`,
      `-Dmaillage.pageCacheMb=${options.pageCacheMb}`,
      "-cp",
      embeddedClasspath,
      "org.maillage.neo4j.EmbeddedNeo4j",
    ],
    // stdin stays open: the JVM exits by itself when it closes, i.e. when this process dies.
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const jvmLog = createWriteStream(path.join(home, "logs", "jvm.log"), { flags: "a" });
  child.stderr?.pipe(jvmLog);

  const uri = await waitForReady(child, home);
  log(
    `Neo4j ${embeddedVersions.neo4j} (APOC ${embeddedVersions.apoc}) is ready at ${uri} (user ${embeddedUser}, password in ${embeddedPasswordFile(options.dataDir)}), data in ${home}`,
  );
  return { uri, user: embeddedUser, password, pid: child.pid!, stop: (graceMs = 30_000) => stopChild(child, graceMs) };
}

/** The java executable to use, or a clear error when there is none. */
export function findJava(javaHome: string | undefined): string {
  const java = javaHome ? path.join(javaHome, "bin", "java") : "java";
  const probe = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new EmbeddedNeo4jError(
      `Java was not found (${java}): install a JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use another Neo4j`,
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new EmbeddedNeo4jError(
      `Java ${version} is too old for Neo4j 5.26: install a JDK 17+ or set JAVA_HOME to one`,
    );
  }
  return java;
}

/** Runs the Maven Wrapper's `package` when the launcher was never built or its sources changed since. */
export function buildLauncherIfStale(javaHome: string | undefined, log: (message: string) => void): void {
  if (!isLauncherStale()) return;
  // The wrapper downloads Maven itself (once, into ~/.m2/wrapper): a JDK is the only prerequisite.
  const windows = process.platform === "win32";
  // Windows runs mvnw.cmd through cmd.exe, where a path with spaces must be quoted.
  const wrapper = windows ? `"${path.join(launcherDir, "mvnw.cmd")}"` : path.join(launcherDir, "mvnw");
  log("Building the embedded Neo4j with the Maven Wrapper (the first time downloads about 130 MB from Maven Central)…");
  const started = Date.now();
  const build = spawnSync(
    wrapper,
    ["-B", "-q", "-Dstyle.color=never", "-f", path.join(launcherDir, "pom.xml"), "package"],
    {
      stdio: ["ignore", "inherit", "inherit"],
      // The wrapper and Maven run on the JDK that will run Neo4j.
      env: javaHome ? { ...process.env, JAVA_HOME: javaHome } : process.env,
      shell: windows,
    },
  );
  if (build.error || build.status !== 0) {
    throw new EmbeddedNeo4jError(
      `The Maven Wrapper build of server/embedded-neo4j failed (${build.error?.message ?? `exit ${build.status}`}); see its output above`,
    );
  }
  log(`Built the embedded Neo4j in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** True when the jar is missing or older than the pom or any Java source. */
function isLauncherStale(): boolean {
  if (!existsSync(launcherJar) || !existsSync(path.join(targetDir, "plugins"))) return true;
  const builtAt = statSync(launcherJar).mtimeMs;
  const sources = [path.join(launcherDir, "pom.xml"), ...listFiles(path.join(launcherDir, "src"))];
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Resolves with the Bolt URI on the launcher's READY line; rejects on ERROR, exit or time-out. */
function waitForReady(child: ChildProcess, home: string, timeoutMs = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new EmbeddedNeo4jError(`Neo4j did not start within ${timeoutMs / 1000} s (see ${home}/logs)`));
    }, timeoutMs);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      outcome();
    };
    const onExit = (code: number | null) =>
      settle(() =>
        reject(new EmbeddedNeo4jError(`Neo4j exited during start (code ${code}); see ${home}/logs/jvm.log`)),
      );
    child.on("exit", onExit);
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) settle(() => resolve(line.slice("READY ".length).trim()));
      else if (line.startsWith("ERROR ")) settle(() => reject(new EmbeddedNeo4jError(line.slice("ERROR ".length))));
    });
  });
}

/** Sends SIGTERM, escalates to SIGKILL after the grace period, resolves when the process is gone. */
function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
