// What a terminal shows after a program's output: enough of a terminal to
// replay a task list's redraws (line feeds, carriage returns, cursor up, erase
// line, cursor to column 1); other escape sequences (colours, cursor
// visibility) are dropped. Lines are as written, without wrapping.

// ESC [ digits ; letter: a control sequence (CSI); ESC is what it is about.
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[([0-9;?]*)([A-Za-z])/y;

export function finalScreen(output: string): string[] {
  const lines: string[] = [""];
  let row = 0;
  let column = 0;
  const write = (text: string) => {
    const line = lines[row] ?? "";
    lines[row] = line.slice(0, column) + text + line.slice(column + text.length);
    column += text.length;
  };
  for (let index = 0; index < output.length;) {
    CONTROL.lastIndex = index;
    const control = CONTROL.exec(output);
    if (control !== null) {
      const [whole, argument = "", command] = control;
      const count = Number(argument || "1");
      if (command === "A") row = Math.max(0, row - count);
      else if (command === "G") column = 0;
      else if (command === "K" && argument === "2") lines[row] = "";
      index += whole.length;
      continue;
    }
    const character = output[index] ?? "";
    index += 1;
    if (character === "\r") column = 0;
    else if (character === "\n") {
      row += 1;
      column = 0;
      if (lines[row] === undefined) lines[row] = "";
    } else write(character);
  }
  return lines
    .map((line) => line.trimEnd())
    .filter((line, at, all) => line !== "" || at < all.length - 1);
}
