// Test helper (excluded from the build): cases for the signature and handover $defs.
import type { DefCases } from "./test-defs.js";
import { engagementWith } from "./test-engagement.js";

const at = (pointer: string) => (value: unknown) => engagementWith([pointer, value]);
const inList = (pointer: string) => (value: unknown) => engagementWith([pointer, [value]]);
const inHandover = (key: string) => (value: unknown) =>
  engagementWith(["/handover", { transitionDate: "2027-07-01", [key]: [value] }]);

const account = { system: "Mailchimp", access: "admin", handover: "transfer-ownership" };
const invoice = { number: "2027-014", amount: "1200.00", dueOn: "2027-07-15" };

export const HANDOVER_DEFS: Record<string, DefCases> = {
  signatory: {
    pointer: "/signatures/client/0",
    place: inList("/signatures/client"),
    valid: [{ name: "Max Muster", title: "Managing Director" }],
    invalid: [[{ title: "CEO" }, "REQUIRED", "/signatures/client/0/name"]],
  },
  signatures: {
    pointer: "/signatures",
    place: at("/signatures"),
    valid: [{ freelancer: [{ name: "Jane Doe" }], client: [{ name: "Max Muster" }] }],
    invalid: [
      [{ client: [] }, "TOO_FEW", "/signatures/client"],
      [
        { client: Array.from({ length: 6 }, () => ({ name: "X" })) },
        "TOO_MANY",
        "/signatures/client",
      ],
    ],
  },
  handover: {
    pointer: "/handover",
    place: at("/handover"),
    valid: [
      {
        transitionDate: "2027-07-01",
        afterHandover: { email: "jane@example.com", until: "2027-08-01" },
      },
    ],
    invalid: [
      [{}, "REQUIRED", "/handover/transitionDate"],
      [
        { transitionDate: "2027-07-01", accounts: [{ ...account, password: "hunter2" }] },
        "SECRET_KEY",
        "/handover/accounts/0/password",
      ],
    ],
  },
  handoverContact: {
    pointer: "/handover/contacts/0",
    place: inHandover("contacts"),
    valid: [{ name: "Max Muster", role: "Takes over the newsletter" }],
    invalid: [[{ name: "Max Muster" }, "REQUIRED", "/handover/contacts/0/role"]],
  },
  handoverProject: {
    pointer: "/handover/projects/0",
    place: inHandover("projects"),
    valid: [
      { title: "Spring series", state: "in-progress", done: ["Part 1"], nextStep: "Edit part 2" },
    ],
    invalid: [
      [{ title: "Spring series", state: "started" }, "NOT_ALLOWED", "/handover/projects/0/state"],
    ],
  },
  procedure: {
    pointer: "/handover/procedures/0",
    place: inHandover("procedures"),
    valid: [
      {
        title: "Publish the newsletter",
        frequency: "every Monday",
        steps: [{ text: "Open Mailchimp." }],
      },
    ],
    invalid: [[{ title: "Publish", steps: [] }, "TOO_FEW", "/handover/procedures/0/steps"]],
  },
  procedureStep: {
    pointer: "/handover/procedures/0/steps/0",
    place: (value) => inHandover("procedures")({ title: "Publish", steps: [value] }),
    valid: [{ text: "Open the editor,\nthen click Send.", image: "screenshots/step-1.png" }],
    invalid: [
      [
        { text: "x", image: "my screenshot.png" },
        "INVALID_FORMAT",
        "/handover/procedures/0/steps/0/image",
      ],
      [
        { text: "x", image: "a\u0000.png" },
        "CONTROL_CHARACTER",
        "/handover/procedures/0/steps/0/image",
      ],
      [{ image: "x.png" }, "REQUIRED", "/handover/procedures/0/steps/0/text"],
    ],
  },
  account: {
    pointer: "/handover/accounts/0",
    place: inHandover("accounts"),
    valid: [account],
    invalid: [
      [{ ...account, handover: "give-password" }, "NOT_ALLOWED", "/handover/accounts/0/handover"],
      [{ ...account, apiKey: "x" }, "SECRET_KEY", "/handover/accounts/0/apiKey"],
    ],
  },
  invoice: {
    pointer: "/handover/invoices/0",
    place: inHandover("invoices"),
    valid: [invoice, { ...invoice, amount: 1200 }],
    invalid: [
      [{ ...invoice, amount: "1200,00" }, "INVALID_AMOUNT", "/handover/invoices/0/amount"],
      [{ number: "2027-014", dueOn: "2027-07-15" }, "REQUIRED", "/handover/invoices/0/amount"],
    ],
  },
};
