// Arranging through the real API (what a test needs before the browser opens).
import assert from 'node:assert/strict';
import { apiKey, baseUrl } from './browser.mjs';

/** Sends a JSON request with the test's key; asserts a 2xx and answers the parsed body. */
export async function api(method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'X-Api-Key': apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

/** Asks `probe` every half second until it answers something truthy; fails after `timeoutMs`. */
export async function poll(probe, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Waited ${timeoutMs / 1000} s for ${what}.`);
}
