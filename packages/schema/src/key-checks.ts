import { error, type Finding } from "./diagnostic.js";
import { quoteKey } from "./safe-text.js";

// Secret-looking keys are refused wherever they appear (metadata included),
// before the schema runs: engagement files and the documents made from them
// are shared with clients, and a password in one is a leak.

const SECRET_WORDS = new Set([
  "password",
  "passwords",
  "passwd",
  "pwd",
  "passphrase",
  "passcode",
  "secret",
  "secrets",
  "token",
  "tokens",
  "credential",
  "credentials",
  "apikey",
  "privatekey",
]);

const SECRET_PAIRS = new Set(["api key", "private key", "access key", "secret key"]);

/** Words of a key: "apiKey", "api_key", "API-Key" all give ["api", "key"]. */
function keyWords(key: string): string[] {
  return (key.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []).map((word) =>
    word.toLowerCase(),
  );
}

export function isSecretKey(key: string): boolean {
  if (key.length > 200) return false;
  const words = keyWords(key);
  return words.some(
    (word, index) =>
      SECRET_WORDS.has(word) || SECRET_PAIRS.has(`${word} ${words[index + 1] ?? ""}`),
  );
}

export function secretKeyFinding(key: string, pointer: string): Finding | undefined {
  if (!isSecretKey(key)) return undefined;
  return {
    ...error(
      "SECRET_KEY",
      pointer,
      `Secrets never belong in an engagement file: remove ${quoteKey(key)} (the file and the documents made from it are shared with the client)`,
      "keep passwords and keys in a password manager; the handover lists accounts and how access changes hands, never the secret itself",
    ),
    at: "key",
  };
}
