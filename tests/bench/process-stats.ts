// Memory and CPU time of a process, from /proc (Linux): the server under load, the Neo4j JVM.
import { readFileSync } from "node:fs";

/** Resident memory in MB, or undefined when it cannot be read. */
export function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) in seconds, or undefined when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Samples a process's resident memory until stopped; reports the peak. */
export function sampleResidentMemory(pid: number | undefined, intervalMs = 200): { stop(): number | undefined } {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    const now = residentMb(pid);
    if (now !== undefined && (peak === undefined || now > peak)) peak = now;
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** CPU seconds used by this process and by other processes between start and stop. */
export function cpuMeter(pids: Record<string, number | undefined>): { stop(): Record<string, number | undefined> } {
  const self = process.cpuUsage();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  return {
    stop: () => {
      const used = process.cpuUsage(self);
      const others = Object.fromEntries(
        Object.entries(pids).map(([name, pid]) => {
          const [start, end] = [before[name], cpuSeconds(pid)];
          return [name, start === undefined || end === undefined ? undefined : end - start];
        }),
      );
      return { bench: (used.user + used.system) / 1e6, ...others };
    },
  };
}

/** CPU time (user + system) in seconds of this process's children that have exited and been waited for. */
export function exitedChildrenCpuSeconds(): number | undefined {
  try {
    // cutime is the 14th field after the command name, cstime the 15th.
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}
