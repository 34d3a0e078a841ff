// A small static file server for the built site, used by the browser tests and the benchmark.
// Serves a directory like a typical static host: `/path/` -> `/path/index.html`, an optional base path,
// gzip when the client accepts it (like a CDN), and 404 for anything outside the directory.
// Usage: node test/support/static-server.mjs --dir dist --port 4391 [--base /explainer/] [--gzip]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};
const compressible = new Set([".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".csv", ".txt"]);

export function startStaticServer({ dir, port, host = "127.0.0.1", base = "/", gzip = false }) {
  const root = resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end("Not found");
      return;
    }
    path = path.slice(prefix.length - 1);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) {
      const notFound = join(root, "404.html");
      res.writeHead(404, { "Content-Type": types[".html"] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("Not found");
      return;
    }
    const ext = extname(file);
    const headers = { "Content-Type": types[ext] ?? "application/octet-stream", "Cache-Control": "no-cache" };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (gzip && acceptsGzip && compressible.has(ext)) {
      res.writeHead(200, { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, { ...headers, "Content-Length": statSync(file).size });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolveListen) => server.listen(port, host, () => resolveListen(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => {
      if (arg.startsWith("--"))
        pairs.push([arg.slice(2), all[i + 1]?.startsWith("--") ? "true" : (all[i + 1] ?? "true")]);
      return pairs;
    }, []),
  );
  const port = Number(args.port ?? 4391);
  await startStaticServer({
    dir: args.dir ?? "dist",
    port,
    base: args.base ?? "/",
    gzip: args.gzip === "true",
  });
  console.log(`Serving ${args.dir ?? "dist"} at http://127.0.0.1:${port}${args.base ?? "/"}`);
}
