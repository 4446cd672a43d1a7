/**
 * Reading processes from Linux's /proc (https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html),
 * for the build's timings, the benchmark and the tests (elsewhere there is nothing to read), and
 * lowering this process's priority.
 */
import fs from "node:fs";
import os from "node:os";

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, 100 on Linux). */
const TICKS = 100;

/** The threads of a process ("self": this one); none once it has ended, or elsewhere than Linux. */
export function threadIds(pid: number | "self" = "self"): number[] {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

/** The children of a process ("self": this one), read from each of its threads. */
export function childPids(pid: number | "self" = "self"): number[] {
  try {
    return threadIds(pid).flatMap((thread) => fs.readFileSync(`/proc/${pid}/task/${thread}/children`, "utf8").split(" ").filter(Boolean).map(Number));
  } catch {
    return []; // not Linux, or the process has ended
  }
}

export interface ProcessStat {
  /** The command's name, as `ps` shows it (15 characters at most). */
  name: string;
  /** R running, S sleeping, Z zombie (stopped, waiting to be reaped)… */
  state: string;
  /** User and system CPU time. */
  cpuSeconds: number;
  /** The same, of the children it has waited for. */
  childrenCpuSeconds: number;
  /** Its niceness, from -20 (served first) to 19 (served last). */
  nice: number;
}

/** A process's or a thread's ("self/task/ID") state and CPU time; undefined once it has ended. */
export function processStat(pid: number | string): ProcessStat | undefined {
  let line: string;
  try {
    line = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The name may hold spaces and parentheses: the fields after it start after the last ")".
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ");
  const ticks = (at: number) => (Number(fields[at]) + Number(fields[at + 1])) / TICKS;
  return { name: line.slice(line.indexOf("(") + 1, line.lastIndexOf(")")), state: fields[0]!, cpuSeconds: ticks(11), childrenCpuSeconds: ticks(13), nice: Number(fields[16]) };
}

/**
 * Lowers by `steps` the priority of each of this process's threads, and so of the threads and
 * processes they start later, not of those already started. On Linux each thread has its own
 * (sched(7)), hence the loop; elsewhere, only the caller's. Unprivileged, it cannot be raised back.
 */
export function lowerOwnPriority(steps: number): void {
  const threads = threadIds();
  // Not Linux: 0, the calling process.
  for (const thread of threads.length ? threads : [0]) {
    try {
      os.setPriority(thread, Math.min(19, os.getPriority(thread) + steps));
    } catch {
      // the thread has ended meanwhile
    }
  }
}
