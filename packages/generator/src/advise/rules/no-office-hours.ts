import { defineRule } from "../define-rule.js";
import type { Finding } from "../types.js";

export const noOfficeHours = defineRule({
  id: "no-office-hours",
  severity: "warning",
  title: "A party has no office hours",
  check(engagement) {
    const findings: Finding[] = [];
    if ((engagement.freelancer.officeHours ?? []).length === 0) {
      findings.push({
        pointer: "/freelancer/officeHours",
        message:
          "You have no office hours. Clients learn from patterns: write down when you work, in your time zone, so 2 a.m. calls never become normal.",
        hint: 'Add "officeHours": [{ "days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:00", "to": "17:00" }].',
      });
    }
    if ((engagement.client.officeHours ?? []).length === 0) {
      findings.push({
        pointer: "/client/officeHours",
        severity: "info",
        message:
          "The client's office hours are not given, so the documents cannot show when both of you are available.",
        hint: "Ask the client when their day starts and ends, and add their office hours.",
      });
    }
    return findings;
  },
});
