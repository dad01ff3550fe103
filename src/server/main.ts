// `npm start`: the dashboard and the JSON API on http://${HOST:-127.0.0.1}:${PORT:-8080}, with
// scenarios and runs in SQLite at ${LEVERAGE_DB:-./leverage.db}.
import { databasePath } from "./db/open-database.js";
import { startServer } from "./server.js";

function portFrom(text: string | undefined): number {
  if (text === undefined || text.trim() === "") return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PORT: '${text}' is not a port number; expected 0 to 65535.\n`);
    process.exit(2);
  }
  return port;
}

const server = await startServer({
  host: process.env.HOST?.trim() || "127.0.0.1",
  port: portFrom(process.env.PORT),
  dbPath: databasePath(),
}).catch((error: NodeJS.ErrnoException) => {
  process.stderr.write(`leverage: cannot start the server: ${error.message}\n`);
  process.exit(1);
});

process.stdout.write(`Leverage is listening on ${server.url} (database ${databasePath()})\n`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
