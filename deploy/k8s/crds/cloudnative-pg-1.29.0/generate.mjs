// Regenerates the CloudNativePG CRD schemas in this directory from the npm package
// @kubernetes-models/cloudnative-pg (pinned in package.json), which its authors generated with
// @kubernetes-models/crd-generate from the CloudNativePG release manifest named in that package's
// package.json ("crd-generate.input": cnpg-<version>.yaml).
//
// The package ships, per kind, TypeScript declarations (the openAPIV3Schema's structure: properties,
// required, enums, maps, int-or-string) and a compiled validator (the value constraints: integer,
// pattern, format, minimum/maximum, minLength/maxLength, minItems/maxItems), not the CRD itself. So:
//  1. ts-json-schema-generator turns the declaration into a JSON schema, every object closed
//     (additionalProperties: false: the tests treat a field the API server would prune as an error),
//     every $ref inlined (ObjectMeta comes from @kubernetes-models/apimachinery), `const` as `enum`,
//     descriptions left out;
//  2. each leaf of that schema is probed with the compiled validator (values that break each kind of
//     constraint) and the constraints it reports are written back onto the leaf;
//  3. the result is written as a CustomResourceDefinition (spec.versions[].schema.openAPIV3Schema), the
//     form deploy/k8s/src/test/java/.../SchemaTest.java reads. It is a schema for the tests, not a CRD
//     to apply to a cluster.
//
// Run (see ../README.md): in a temporary directory holding this file and package.json/package-lock.json,
//   npm ci && node generate.mjs <this directory>
import { createGenerator } from "ts-json-schema-generator";
import { stringify } from "yaml";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const out = process.argv[2];
if (!out) throw new Error("usage: node generate.mjs <output directory>");
const pkgDir = join(process.cwd(), "node_modules/@kubernetes-models/cloudnative-pg");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const source = pkg["crd-generate"].input.join(", ");

// kind → plural: the kinds the overlays use.
const KINDS = { Cluster: "clusters", ScheduledBackup: "scheduledbackups" };
const GROUP = "postgresql.cnpg.io";
const VERSION = "v1";

function inline(node, defs, seen = []) {
  if (Array.isArray(node)) return node.map((n) => inline(n, defs, seen));
  if (node === null || typeof node !== "object") return node;
  if (node.$ref) {
    const name = decodeURIComponent(node.$ref.replace("#/definitions/", ""));
    if (seen.includes(name)) throw new Error("recursive type " + name + ": cannot inline");
    return inline(defs[name], defs, [...seen, name]);
  }
  const copy = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "definitions" || k === "$schema") continue;
    if (k === "const") copy.enum = [v];
    else if (k === "properties") copy[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, inline(s, defs, seen)]));
    else copy[k] = inline(v, defs, seen);
  }
  return copy;
}

function setAt(doc, path, value) {
  let o = doc;
  for (let i = 0; i < path.length - 1; i++) {
    if (o[path[i]] === undefined) o[path[i]] = typeof path[i + 1] === "number" ? [] : {};
    o = o[path[i]];
  }
  o[path[path.length - 1]] = value;
  return doc;
}

function errorsAt(validate, path, value) {
  const doc = setAt({}, path, value);
  validate(doc);
  const pointer = "/" + path.join("/");
  return (validate.errors || []).filter((e) => e.instancePath === pointer);
}

/** How many nodes of the schema carry each constraint. */
function count(node, counts) {
  if (Array.isArray(node)) node.forEach((n) => count(n, counts));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (["pattern", "format", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"].includes(k) && typeof v !== "object") counts[k] = (counts[k] || 0) + 1;
      else if (k === "type" && [].concat(v).includes("integer")) counts.integer = (counts.integer || 0) + 1;
      if (typeof v === "object") count(v, counts);
    }
  }
  return counts;
}

const PROBES = {
  string: ["", "x".repeat(100000), "\u0001 not a valid value \u0001"],
  number: [1.5, -1e15, 1e15],
  integer: [-1e15, 1e15],
  array: [[], Array.from({ length: 10000 }, () => null)],
};

/** The constraints the compiled validator enforces on the value at path, written onto schema. */
function probe(schema, validate, path, stats) {
  if (schema.anyOf) schema.anyOf.forEach((s) => probe(s, validate, path, stats));
  const types = [].concat(schema.type || []);
  for (const type of types) {
    for (const value of PROBES[type] || []) {
      for (const e of errorsAt(validate, path, value)) {
        const p = e.params;
        switch (e.keyword) {
          case "type":
            if (p.type === "integer" && type === "number") {
              schema.type = Array.isArray(schema.type) ? schema.type.map((t) => (t === "number" ? "integer" : t)) : "integer";
              
            }
            break;
          case "pattern": schema.pattern = p.pattern;  break;
          case "format": schema.format = p.format;  break;
          case "minLength": case "maxLength": case "minItems": case "maxItems":
            schema[e.keyword] = p.limit; break;
          case "minimum": case "maximum":
            schema[e.keyword] = p.limit;
            if (p.comparison === ">" || p.comparison === "<") schema["exclusive" + e.keyword[0].toUpperCase() + e.keyword.slice(1)] = true;
            break;
          case "exclusiveMinimum": case "exclusiveMaximum":
            schema[e.keyword === "exclusiveMinimum" ? "minimum" : "maximum"] = p.limit; schema[e.keyword] = true; break;
          case "enum": case "required": case "additionalProperties": case "anyOf": break;
          default: stats.unhandled.add(e.keyword + " at /" + path.join("/") + " " + JSON.stringify(e.params) + " " + e.schemaPath);
        }
      }
    }
  }
  if (schema.properties) {
    for (const [k, s] of Object.entries(schema.properties)) probe(s, validate, [...path, k], stats);
  }
  if (schema.items && !Array.isArray(schema.items)) probe(schema.items, validate, [...path, 0], stats);
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    probe(schema.additionalProperties, validate, [...path, "probe-key"], stats);
  }
}

for (const [kind, plural] of Object.entries(KINDS)) {
  const generated = createGenerator({
    path: join(pkgDir, GROUP, VERSION, kind + ".d.ts"),
    type: "I" + kind,
    additionalProperties: false,
    expose: "none",
    topRef: false,
    jsDoc: "none",
    skipTypeCheck: true,
  }).createSchema("I" + kind);
  const schema = inline(generated, generated.definitions || {});
  const { validate } = await import(pathToFileURL(join(pkgDir, "_schemas", "PostgresqlCnpgIoV1" + kind + ".js")));
  const stats = { unhandled: new Set() };
  probe(schema, validate, [], stats);
  if (stats.unhandled.size) throw new Error(kind + ": unhandled keywords " + [...stats.unhandled]);
  const counts = count(schema, {});

  const crd = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: `${plural}.${GROUP}` },
    spec: {
      group: GROUP,
      names: { kind, plural, singular: kind.toLowerCase(), listKind: kind + "List" },
      scope: "Namespaced",
      versions: [{ name: VERSION, served: true, storage: true, schema: { openAPIV3Schema: schema } }],
    },
  };
  const header =
    `# GENERATED by generate.mjs from ${pkg.name}@${pkg.version} (generated by its authors from ${source}).\n` +
    `# A schema for deploy/k8s's tests, not a CRD to apply: objects are closed (additionalProperties: false).\n` +
    `# Nodes with constraints probed from the package's compiled validator: ${JSON.stringify(counts)}\n`;
  const file = join(out, `${GROUP}_${plural}.yaml`);
  writeFileSync(file, header + stringify(crd, { lineWidth: 0 }));
  console.log(file, counts);
}
