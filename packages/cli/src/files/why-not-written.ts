// A failed write is the user's environment (permissions, a full disk, a file
// where a folder should be): said in their words, naming no system call.
import { NO_FOLDER_HERE } from "./make-folder.js";

const reasons: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  ENOTDIR: "a file is in the way of the output folder",
  EISDIR: "a folder is in the way",
  EEXIST: "a file is in the way of the output folder",
  // make-folder.ts: /proc, /sys and the like refuse new folders.
  [NO_FOLDER_HERE]: "no folder can be made there",
  ENOENT: "the folder is gone (removed while writing?)",
};

/** Why a write failed, in the user's words: the cause is their file system. */
export function whyNotWritten(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return reasons[code] ?? (code || String(error));
}
