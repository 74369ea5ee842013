/**
 * Operator CLI: `npm run admin -- <command> [--flag value ...]`
 *   create-token --email you@example.com --org <id|slug|name> [--role admin] [--name cli]
 *       prints only the management token on stdout
 *   rotate-master-key [--new-key <base64>]      (also `npm run keys:rotate-master`)
 *   verify-audit                                 (also `npm run audit:verify`)
 *   purge-expired                                deletes rows older than each organisation's retention_days
 * Works whether or not the server is running, with Postgres or the embedded database: when the
 * server holds the embedded database, the command runs inside it through its control socket.
 */
import { closeDatabase, controlSocketPath, getDatabase } from '@/db';
import { readLock } from '@/db/embedded-lock';
import { sendControlCommand } from '@/lib/admin/control-server';
import { runCommand } from '@/lib/admin/commands';
import { env } from '@/lib/config/env';
import { dataDir } from '@/lib/runtime/data-dir';

function parseArgs(argv: string[]): { command: string; args: Record<string, string> } {
  const [command = 'help', ...rest] = argv;
  const args: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${flag}`);
    const [name, inline] = flag.slice(2).split('=', 2);
    args[name] = inline ?? rest[++i] ?? '';
  }
  return { command, args };
}

function print(command: string, result: unknown): void {
  if (command === 'create-token') return void process.stdout.write(`${(result as { token: string }).token}\n`);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

async function main(): Promise<number> {
  const { command, args } = parseArgs(process.argv.slice(2));
  if (command === 'help' || command === '--help') {
    process.stderr.write('commands: create-token, rotate-master-key, verify-audit, purge-expired (see scripts/admin.ts)\n');
    return 0;
  }
  let result: unknown;
  const holder = env().DATABASE_URL ? undefined : readLock(dataDir());
  if (holder) {
    const reply = await sendControlCommand(holder.socketPath ?? controlSocketPath(dataDir()), command, args);
    if (!reply.ok) throw new Error(reply.error);
    result = reply.result;
  } else {
    try {
      result = await runCommand(await getDatabase(), command, args);
    } finally {
      await closeDatabase();
    }
  }
  print(command, result);
  if (command === 'verify-audit' && !(result as { ok: boolean }).ok) return 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  },
);
