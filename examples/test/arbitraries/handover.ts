// The offboarding handover: contacts, open projects, procedures as numbered
// steps (image references that look like paths or URLs but must print as text),
// accounts, outstanding invoices and contact after the handover.
import fc from "fast-check";
import type {
  Account,
  Handover,
  HandoverContact,
  HandoverProject,
  Invoice,
  Procedure,
} from "@clausework/schema";
import { dateFrom, email, money, nonEmpty, phone } from "./scalars.js";
import { maybe, sparseRecord, type Shape } from "./shape.js";
import { freeText, lineText, lines, nameText } from "./text.js";

const contact = (shape: Shape): fc.Arbitrary<HandoverContact> =>
  sparseRecord({
    name: nameText(),
    role: lineText(6),
    email: maybe(shape, email()),
    phone: maybe(shape, phone()),
  });

const handoverProject = (shape: Shape): fc.Arbitrary<HandoverProject> =>
  sparseRecord({
    title: lineText(6),
    state: fc.constantFrom("not-started", "in-progress", "blocked", "paused", "done"),
    done: maybe(shape, lines(3)),
    remaining: maybe(shape, lines(3)),
    nextStep: maybe(shape, lineText(8)),
    location: maybe(shape, lineText(6)),
  });

/** The image pattern allows anything without spaces, quotes or angle brackets. */
const imageReference = (): fc.Arbitrary<string> =>
  fc.constantFrom(
    "screenshots/step-1.png",
    "a*b_[1](x).png",
    "../../etc/passwd",
    "javascript:alert(1)",
    "https://attacker.example/pixel.png",
    "Bildschirmfoto-ü.png",
  );

const procedure = (shape: Shape): fc.Arbitrary<Procedure> =>
  sparseRecord({
    title: lineText(6),
    frequency: maybe(shape, lineText(3)),
    steps: fc
      .array(sparseRecord({ text: freeText(), image: maybe(shape, imageReference()) }), {
        minLength: 1,
        maxLength: 4,
      })
      .map(nonEmpty),
  });

const account = (shape: Shape): fc.Arbitrary<Account> =>
  sparseRecord({
    system: lineText(3),
    access: lineText(3),
    handover: fc.constantFrom(
      "transfer-ownership",
      "client-removes-access",
      "client-resets-credentials",
      "remove-freelancer",
    ),
    note: maybe(shape, lineText(8)),
  });

const invoice = (shape: Shape, code: string, near: string): fc.Arbitrary<Invoice> =>
  sparseRecord({
    number: lineText(2),
    amount: money(code, 50_000),
    dueOn: dateFrom(near, 120),
    description: maybe(shape, lineText(8)),
  });

export const handover = (shape: Shape, code: string, startDate: string): fc.Arbitrary<Handover> =>
  dateFrom(startDate, 900).chain((transitionDate) => {
    const list = <T>(item: fc.Arbitrary<T>, maxLength: number) =>
      maybe(shape, fc.array(item, { maxLength }));
    return sparseRecord({
      transitionDate: fc.constant(transitionDate),
      contacts: list(contact(shape), 3),
      projects: list(handoverProject(shape), 3),
      procedures: list(procedure(shape), 2),
      accounts: list(account(shape), 3),
      invoices: list(invoice(shape, code, transitionDate), 3),
      afterHandover: maybe(
        shape,
        sparseRecord({
          email: maybe(shape, email()),
          phone: maybe(shape, phone()),
          until: maybe(shape, dateFrom(transitionDate, 120)),
          note: maybe(shape, freeText()),
        }),
      ),
    });
  });
