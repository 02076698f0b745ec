import { readFileSync } from "node:fs";
import { createServer } from "node:http";

/**
 * The floor for the public catalog read: a bare node:http server in a process of its own,
 * answering every request with the same bytes our server sends, after reading the body.
 * Usage: node bare-server.js <port> <body-file>
 */
const [port, file] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
