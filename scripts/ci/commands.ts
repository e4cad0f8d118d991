import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Commands started by a CI script. Each runs in a process group of its own (npm and Strapi start
 * children of their own), so a time limit or the script's end stops all of it.
 */
const running = new Set<ChildProcess>();

interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The environment for commands run in the throw-away app: the variables `npm run`/`npx` set for this
 * repository (its package, its local prefix, …) are dropped so that npm there treats the app as
 * its own project, but the npm cache stays the one CI already filled.
 */
export const childEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const fromNpm = key.startsWith('npm_') && key !== 'npm_config_cache';
    if (!fromNpm && key !== 'INIT_CWD' && key !== 'NODE_ENV') env[key] = value;
  }
  return { ...env, ...extra };
};

const stopGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group has already exited
  }
};

const describe = (command: string, args: string[]): string => [command, ...args].join(' ');

/** Runs a command to completion, its output shown as it comes; rejects on a non-zero exit or on `signal`. */
export const runCommand = (
  command: string,
  args: string[],
  { cwd, env, signal }: CommandOptions & { signal: AbortSignal },
): Promise<void> =>
  new Promise((resolve, reject) => {
    signal.throwIfAborted();
    console.log(`$ ${describe(command, args)}`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    running.add(child);
    const abort = () => stopGroup(child, 'SIGKILL');
    signal.addEventListener('abort', abort, { once: true });
    child.on('error', (error) => {
      running.delete(child);
      signal.removeEventListener('abort', abort);
      reject(error);
    });
    child.on('exit', (code, exitSignal) => {
      running.delete(child);
      signal.removeEventListener('abort', abort);
      if (code === 0) resolve();
      else reject(new Error(`${describe(command, args)} exited with ${exitSignal ?? `code ${code}`}`));
    });
  });

export interface Service {
  child: ChildProcess;
  /** Settles when the process exits, with how it ended. */
  exited: Promise<string>;
}

/** Starts a long-running process whose output lines are prefixed with `name`. */
export const startService = (
  name: string,
  command: string,
  args: string[],
  options: CommandOptions,
): Service => {
  console.log(`$ ${describe(command, args)}`);
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const print = (write: (line: string) => void) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) write(`[${name}] ${line}`);
  };
  child.stdout?.on('data', print(console.log));
  child.stderr?.on('data', print(console.error));
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => resolve(`not started: ${error.message}`));
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(signal ?? `code ${code}`);
    });
  });
  return { child, exited };
};

/** Asks a service to stop (SIGTERM, as a process manager would) and waits until it has. */
export const stopService = (service: Service, signal: AbortSignal): Promise<string> =>
  new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    void service.exited.then((how) => {
      signal.removeEventListener('abort', abort);
      resolve(how);
    });
    stopGroup(service.child, 'SIGTERM');
  });

/** Kills whatever this script started and is still running (after a failure or a time limit). */
export const killAll = (): void => {
  for (const child of running) stopGroup(child, 'SIGKILL');
};
