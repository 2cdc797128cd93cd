// Local files: open one (button or drag and drop), save the text, download
// built documents. Everything stays in the browser: files are read with the
// File API and written through a temporary object URL.

export function downloadBytes(name: string, bytes: Uint8Array | string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Calls `onFile` with the file the user picks through `input`. */
export function whenFileChosen(input: HTMLInputElement, onFile: (file: File) => void): void {
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file !== undefined) onFile(file);
  });
}

/** A file dropped anywhere on `target` is opened instead of inserted into the editor. */
export function whenFileDropped(target: HTMLElement, onFile: (file: File) => void): void {
  const hasFiles = (event: DragEvent): boolean =>
    event.dataTransfer?.types.includes("Files") ?? false;
  target.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    target.classList.add("dropping");
  });
  target.addEventListener("dragleave", () => target.classList.remove("dropping"));
  target.addEventListener(
    "drop",
    (event) => {
      target.classList.remove("dropping");
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      onFile(file);
    },
    { capture: true },
  );
}
