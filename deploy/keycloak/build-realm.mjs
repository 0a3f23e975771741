// Builds the realm file Keycloak imports: the realm definition (yuanqu-realm.json), optionally with
// the local-only addition (yuanqu-realm.local.json: demo users, direct-grant login) merged over it.
//
//   node build-realm.mjs <out.json> [--local]
//
// Merge rules: clients are merged by clientId (fields of the addition win), users are appended.
// Demo users carry "password": "demo" in the addition; it is written as a PBKDF2-SHA512 hash so the
// import does not run into the realm's password policy (which stays as defined for production).
import { readFileSync, writeFileSync } from 'node:fs';
import { pbkdf2Sync, createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [out, flag] = process.argv.slice(2);
if (!out) {
  console.error('usage: node build-realm.mjs <out.json> [--local]');
  process.exit(2);
}
const realm = JSON.parse(readFileSync(join(here, 'yuanqu-realm.json'), 'utf8'));

if (flag === '--local') {
  const local = JSON.parse(readFileSync(join(here, 'yuanqu-realm.local.json'), 'utf8'));
  for (const addition of local.clients ?? []) {
    const client = realm.clients.find((c) => c.clientId === addition.clientId);
    if (!client) throw new Error(`local addition names unknown client ${addition.clientId}`);
    Object.assign(client, addition);
  }
  const iterations = 210000;
  for (const user of local.users ?? []) {
    const { password, ...rest } = user;
    if (password) {
      // Deterministic salt per user: the built file is reproducible.
      const salt = createHash('sha256').update('yuanqu-demo:' + user.username).digest().subarray(0, 16);
      const hash = pbkdf2Sync(password, salt, iterations, 64, 'sha512');
      rest.credentials = [{
        type: 'password',
        userLabel: 'demo',
        secretData: JSON.stringify({ value: hash.toString('base64'), salt: salt.toString('base64'), additionalParameters: {} }),
        credentialData: JSON.stringify({ hashIterations: iterations, algorithm: 'pbkdf2-sha512', additionalParameters: {} }),
      }];
    }
    realm.users = [...(realm.users ?? []), rest];
  }
}
writeFileSync(out, JSON.stringify(realm, null, 2) + '\n');
