import { defineRule } from "../define-rule.js";

export const noOutOfScope = defineRule({
  id: "no-out-of-scope",
  severity: "warning",
  title: "Nothing is named out of scope",
  check(engagement) {
    if ((engagement.scope?.outOfScope ?? []).length > 0) return [];
    return [
      {
        pointer: "/scope/outOfScope",
        message:
          "Nothing is named out of scope. Say what the work does not include (uploading, formatting, image sourcing...), so extra work is clearly extra and paid.",
        hint: 'List it in "scope.outOfScope"; the contract adds that extra work needs a change order with extra pay.',
      },
    ];
  },
});
