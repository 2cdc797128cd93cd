import { describe, expect, it } from "vitest";
import { isSecretKey, secretKeyFinding } from "./key-checks.js";

describe("isSecretKey", () => {
  it.each([
    "password",
    "Password",
    "passwd",
    "pwd",
    "secret",
    "clientSecret",
    "token",
    "authToken",
    "access_token",
    "apiKey",
    "api_key",
    "API-Key",
    "apikey",
    "credentials",
    "privateKey",
    "private_key",
    "accessKey",
  ])("flags %s", (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(["secretary", "name", "access", "handover", "keywords", "tokenizer", "crmId", "monkey"])(
    "leaves %s alone",
    (key) => {
      expect(isSecretKey(key)).toBe(false);
    },
  );

  it("says why and points at the key", () => {
    expect(secretKeyFinding("password", "/handover/accounts/0/password")).toMatchObject({
      code: "SECRET_KEY",
      at: "key",
      message: expect.stringMatching(
        /^Secrets never belong in an engagement file: remove 'password' \(/,
      ) as unknown,
    });
  });
});
