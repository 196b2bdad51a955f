// The machine a benchmark ran on, and how busy it was.
import os from "node:os";

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended: above the core count, other work competed. */
  loadAverage: { start: number; end?: number };
}

export function machineInfo(): MachineInfo {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: { start: os.loadavg()[0]! },
  };
}

/** The 1-minute load average now. */
export function loadAverageNow(): number {
  return os.loadavg()[0]!;
}
