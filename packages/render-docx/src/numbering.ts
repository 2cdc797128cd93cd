// Two numbering definitions, one for bullets and one for ordered lists, each
// with Word's nine levels. Every list in the document is its own instance of one
// of them, so ordered lists restart and nested lists keep their level.
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from "docx";
import { theme } from "@clausework/theme";
import { twips } from "./units.js";

export const listReferences = {
  bullet: "clausework-bullet",
  ordered: "clausework-ordered",
} as const;

/** Word lists have levels 0 to 8. */
export const deepestListLevel = 8;

const bullets = ["•", "◦", "▪"] as const;
const orderedFormats = [
  LevelFormat.DECIMAL,
  LevelFormat.LOWER_LETTER,
  LevelFormat.LOWER_ROMAN,
] as const;

/** Left indent of list text at `level`, in twips. */
export function listIndent(level: number): number {
  return twips(theme.spacing.listIndent * (level + 1));
}

function levelLayout(level: number) {
  return {
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: listIndent(level), hanging: twips(theme.spacing.listIndent) } },
    },
  };
}

function levels(make: (level: number) => ILevelsOptions): ILevelsOptions[] {
  return Array.from({ length: deepestListLevel + 1 }, (_, level) => make(level));
}

export function numberingOptions(): INumberingOptions {
  return {
    config: [
      {
        reference: listReferences.bullet,
        levels: levels((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bullets[level % bullets.length] ?? "•",
          ...levelLayout(level),
        })),
      },
      {
        reference: listReferences.ordered,
        levels: levels((level) => ({
          level,
          format: orderedFormats[level % orderedFormats.length] ?? LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          start: 1,
          ...levelLayout(level),
        })),
      },
    ],
  };
}
