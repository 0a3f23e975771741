// Composes subgraph SDL files into an Apollo Federation v2 supergraph with Apollo's own composition
// library, as a federation router would. Usage:
//   node compose.mjs OUT.graphql name=path/to/sdl.graphql name=http://url … 
// Writes the supergraph SDL to OUT.graphql and exits 0; on composition errors prints them (one per
// line, "CODE: message") and exits 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const [out, ...specs] = process.argv.slice(2);
if (!out || specs.length === 0) {
  console.error('usage: node compose.mjs OUT.graphql name=sdl.graphql ...');
  process.exit(2);
}
const services = specs.map((spec) => {
  const [name, file] = spec.split('=');
  return { name, url: `http://${name}/graphql`, typeDefs: parse(readFileSync(file, 'utf8')) };
});
const result = composeServices(services);
if (result.errors && result.errors.length > 0) {
  for (const e of result.errors) {
    console.error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
  }
  process.exit(1);
}
for (const hint of result.hints ?? []) {
  console.log(`hint ${hint.definition?.code ?? ''}: ${hint.message}`);
}
writeFileSync(out, result.supergraphSdl);
console.log(`supergraph of ${services.length} subgraphs written to ${out}`);
