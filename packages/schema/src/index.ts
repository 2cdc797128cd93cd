export type * from "./engagement.generated.js";
