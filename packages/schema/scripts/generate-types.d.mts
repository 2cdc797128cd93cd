/** The TypeScript source of src/engagement.generated.ts, from the engagement schema. */
export function generate(): Promise<string>;
