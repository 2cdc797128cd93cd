// Test support: the custom-clause entries of the shared bad-inputs list
// (bad-inputs-public.json), with the start of the message compose must give.
export const HOSTILE_CLAUSES = [
  {
    id: "hbs-custom-constructor",
    value: '{{#with "s" as |string|}}{{#with string.split as |s|}}{{s}}{{/with}}{{/with}}',
    message: "custom clause evil, 1:9: #with needs a field path",
  },
  {
    id: "hbs-custom-proto",
    value: "{{lookup this '__proto__'}} {{__proto__.polluted}}",
    message: "custom clause evil, 1:3: the lookup helper is not allowed",
  },
  {
    id: "hbs-custom-huge",
    value: "{{client.name}} ".repeat(50_000),
    message:
      "custom clause evil, 1:20001: custom clause is too long (max 20 KB / 500 placeholders)",
  },
  {
    id: "hbs-custom-deep-nesting",
    value: `${"{{#if client.name}}".repeat(5000)}x${"{{/if}}".repeat(5000)}`,
    message: "custom clause evil, 1:20001: custom clause is too long",
  },
] as const;
