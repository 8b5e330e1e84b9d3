// The JS file's download, for images with Node.js >= 20; scripts/templates.js renders it into
// obtain.sh's seekrit_download. Retries transient failures with backoff, says plainly what a
// sign-in page or a 4xx is, honours HTTPS_PROXY/NO_PROXY on every Node version, and verifies
// the pinned SHA-256. No single quotes: it is written into a single-quoted shell string.
const [url, want, out] = process.argv.slice(1);
const fail = (m) => { console.error("seekrit: " + m); process.exit(1); };
const { request } = require(url.startsWith("https:") ? "node:https" : "node:http");
const noProxy = (host) => (process.env.NO_PROXY || process.env.no_proxy || "").split(",").map((s) => s.trim()).some((s) => s === "*" || (s && (host === s.replace(/^\./, "") || host.endsWith("." + s.replace(/^\./, "")))));
function agentFor(target) {
  const proxy = process.env.HTTPS_PROXY || process.env.https_proxy;
  if (!proxy || target.protocol !== "https:" || noProxy(target.hostname)) return undefined;
  const p = new URL(proxy);
  const agent = new (require("node:https").Agent)();
  agent.createConnection = (opts, cb) => {
    const connect = require(p.protocol === "https:" ? "node:https" : "node:http").request({ host: p.hostname, port: p.port || (p.protocol === "https:" ? 443 : 80), method: "CONNECT", path: target.hostname + ":" + (target.port || 443), headers: p.username ? { "proxy-authorization": "Basic " + Buffer.from(decodeURIComponent(p.username) + ":" + decodeURIComponent(p.password)).toString("base64") } : {} });
    connect.on("connect", (res, socket) => res.statusCode === 200 ? cb(null, require("node:tls").connect({ socket, servername: target.hostname })) : cb(new Error("proxy answered " + res.statusCode)));
    connect.on("error", cb);
    connect.end();
  };
  return agent;
}
function get(target) {
  return new Promise((resolve, reject) => {
    const req = request(target, { agent: agentFor(target), timeout: 30000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, type: String(res.headers["content-type"] || ""), body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end();
  });
}
(async () => {
  const target = new URL(url);
  for (let attempt = 1; ; attempt++) {
    let res, why;
    try { res = await get(target); } catch (e) { why = e.code || e.message; }
    const transient = why !== undefined || res.status === 429 || res.status >= 500;
    if (!transient) {
      if (res.status >= 300) fail("could not download seekrit-ci from " + url + ": HTTP " + res.status + (res.status === 401 || res.status === 403 || res.status === 404 ? " (is the component project public, or does the job need a token to read it? set cli-base-url or cli-source)" : ""));
      if (/html/i.test(res.type) || /^\s*</.test(res.body.subarray(0, 64).toString("latin1"))) fail("could not download seekrit-ci from " + url + ": the server sent an HTML page (a sign-in or error page), not the CLI; check cli-base-url or cli-url");
      const got = require("node:crypto").createHash("sha256").update(res.body).digest("hex");
      if (got !== want) fail("seekrit-ci from " + url + " has SHA-256 " + got + ", not the pinned " + want + "; refusing to run it (it was altered, or the URL does not serve this component version)");
      require("node:fs").writeFileSync(out, res.body, { mode: 0o700, flag: "wx" });
      process.exit(0); // a proxy tunnel kept alive must not hold the job

    }
    if (attempt >= 4) fail("could not download seekrit-ci from " + url + " after " + attempt + " attempts (" + (why || "HTTP " + res.status) + ")");
    await new Promise((r) => setTimeout(r, 500 * 2 ** attempt * (0.5 + Math.random() / 2)));
  }
})();
