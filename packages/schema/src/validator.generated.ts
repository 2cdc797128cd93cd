/* Generated from schemas/engagement.schema.json by scripts/generate-validator.ts. Do not edit. */
// @ts-nocheck
import { formats } from "./formats.js";
import { keywordValidators } from "./keywords.js";
import * as runtime from "./validator-runtime.js";

export const validate = validate24;
export default validate24;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://clausework.dev/schemas/engagement.schema.json","title":"Clausework engagement","description":"One client engagement: the parties, scope, schedule, method, fees, rights and handover. Clausework builds the proposal, contract and handover from it.","type":"object","additionalProperties":false,"required":["id","issuedOn","locale","currency","freelancer","client","project","deliverables","schedule","fees"],"properties":{"$schema":{"type":"string","title":"schema","description":"Path or URL of this schema, so editors complete and check the file.","maxLength":500,"x-text":"line"},"id":{"$ref":"#/$defs/slug","title":"engagement id","description":"A short slug naming this engagement, used for output folders and file names, e.g. \"acme-blog-2027\"."},"issuedOn":{"$ref":"#/$defs/calendarDate","title":"issue date","description":"The date the documents are issued (YYYY-MM-DD). Document metadata dates come from it."},"validUntil":{"$ref":"#/$defs/calendarDate","title":"offer valid until","description":"The last date the client can accept the proposal or sign the contract (YYYY-MM-DD). Give this or validForDays."},"validForDays":{"type":"integer","title":"offer validity in days","description":"How many days after the issue date the offer stays open. Give this or validUntil.","minimum":1,"maximum":365},"locale":{"$ref":"#/$defs/locale","title":"locale","description":"Language and region for dates and amounts, as a BCP 47 tag such as \"en-GB\" or \"en-US\"."},"currency":{"$ref":"#/$defs/currency","title":"currency","description":"ISO 4217 code of every amount in this file, e.g. \"EUR\", \"USD\", \"GBP\"."},"jurisdiction":{"type":"string","title":"jurisdiction","description":"Where the contract is made, for statutory checks: \"US-NY\", \"EU\", \"UK\", \"DE\", or another ISO 3166 code.","examples":["US-NY"],"pattern":"^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$"},"pageSize":{"type":"string","title":"page size","description":"Paper size of PDF and DOCX output. Defaults to LETTER for US and Canadian locales and A4 elsewhere.","enum":["A4","LETTER"]},"statutory":{"type":"object","title":"statutory reference rate","description":"The central bank reference rate that statutory late-payment interest is added to (ECB main refinancing rate in the EU, Bank of England base rate in the UK, Basiszinssatz in Germany), with the date it was published. With it, the contract prints the resulting statutory rate and the advisor checks your late fee against it.","additionalProperties":false,"properties":{"referenceRatePercent":{"type":"number","title":"reference rate percent","description":"The reference rate in percent, e.g. 2.15; may be negative.","minimum":-5,"maximum":30},"referenceRateAsOf":{"$ref":"#/$defs/calendarDate","title":"reference rate date","description":"The date the rate was set or published (YYYY-MM-DD)."}},"required":["referenceRatePercent","referenceRateAsOf"]},"freelancer":{"$ref":"#/$defs/party","title":"freelancer","description":"You: the person or business doing the work."},"client":{"$ref":"#/$defs/party","title":"client","description":"The person or business the work is for."},"project":{"$ref":"#/$defs/project"},"scope":{"$ref":"#/$defs/scope"},"deliverables":{"type":"array","title":"deliverables","description":"What you will deliver: concrete, countable items (\"one blog post per week, 500 to 750 words\").","items":{"$ref":"#/$defs/deliverable"},"maxItems":200,"minItems":1},"schedule":{"$ref":"#/$defs/schedule"},"method":{"$ref":"#/$defs/method"},"fees":{"$ref":"#/$defs/fees"},"rights":{"$ref":"#/$defs/rights"},"signatures":{"$ref":"#/$defs/signatures"},"handover":{"$ref":"#/$defs/handover"},"customClauses":{"type":"array","title":"custom clauses","description":"Your own clauses, written in the clause template language; each is printed in the documents it lists.","items":{"$ref":"#/$defs/customClause"},"maxItems":20},"metadata":{"type":"object","title":"metadata","description":"Your own labels (e.g. a CRM id). Keys and values are short strings; they are not printed.","maxProperties":50,"propertyNames":{"title":"metadata key","description":"A letter, then up to 63 letters, digits, '_', '.' or '-'; not constructor or prototype.","examples":["crmId"],"pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$","not":{"enum":["constructor","prototype"]}},"additionalProperties":{"$ref":"#/$defs/line","title":"metadata value","description":"A short text value."}}},"$defs":{"slug":{"type":"string","title":"identifier","description":"Lower-case letters, digits and single hyphens, e.g. \"first-draft\".","examples":["first-draft"],"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","minLength":1,"maxLength":64},"name":{"type":"string","title":"name","description":"A name as it should be printed.","minLength":1,"maxLength":200,"x-text":"name"},"line":{"type":"string","title":"text","description":"A short line of text.","minLength":1,"maxLength":500,"x-text":"line"},"text":{"type":"string","title":"text","description":"Free text; line breaks are kept.","minLength":1,"maxLength":10000,"x-text":"text"},"calendarDate":{"type":"string","title":"date","description":"A calendar date as YYYY-MM-DD.","examples":["2027-03-01"],"format":"date"},"time":{"type":"string","title":"time","description":"A time of day as HH:MM on the 24-hour clock.","examples":["09:30"],"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"timeZone":{"type":"string","title":"time zone","description":"An IANA time zone name such as \"Europe/Berlin\" or \"America/New_York\" (not an offset like +01:00).","examples":["Europe/Berlin"],"minLength":1,"maxLength":64,"x-timezone":true},"locale":{"type":"string","title":"locale","description":"A BCP 47 language tag such as \"en-GB\".","examples":["en-GB"],"pattern":"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"},"currency":{"type":"string","title":"currency","description":"An ISO 4217 currency code such as \"EUR\".","examples":["EUR"],"pattern":"^[A-Z]{3}$","x-currency":true},"email":{"type":"string","title":"email","description":"An email address.","examples":["name@example.com"],"format":"email","maxLength":254},"phone":{"type":"string","title":"phone","description":"A phone number as dialled internationally, e.g. \"+44 20 7946 0958\".","examples":["+44 20 7946 0958"],"pattern":"^\\+?[0-9][0-9 ()./-]{4,30}$"},"url":{"type":"string","title":"web address","description":"A web address starting with https://.","examples":["https://example.com"],"pattern":"^https://[^\\s<>\"]+$","maxLength":2000,"x-text":"line"},"weekday":{"type":"string","title":"weekday","description":"A day of the week: mon, tue, wed, thu, fri, sat or sun.","enum":["mon","tue","wed","thu","fri","sat","sun"]},"money":{"title":"amount","description":"An amount in the engagement's currency: a JSON number (1500 or 1500.5) or a decimal string (\"1500.50\"). No thousands separators.","examples":["1500.00"],"type":["number","string"],"x-money":true},"percent":{"type":"number","title":"percent","description":"A percentage from 0 to 100.","minimum":0,"maximum":100},"party":{"type":"object","title":"party","description":"A party to the engagement.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"name","description":"The person's or business's name as it should appear on the documents."},"businessName":{"$ref":"#/$defs/name","title":"business name","description":"The registered business name, when it differs from the name."},"contact":{"type":"object","title":"contact person","description":"Who speaks for this party day to day.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"contact name","description":"The contact person's name."},"role":{"$ref":"#/$defs/line","title":"contact role","description":"Their role, e.g. \"Head of Marketing\"."},"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"}},"required":["name"]},"address":{"$ref":"#/$defs/text","title":"mailing address","description":"The full postal address; one line per line."},"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"},"website":{"$ref":"#/$defs/url"},"timeZone":{"$ref":"#/$defs/timeZone"},"publicHolidays":{"type":"object","title":"public holidays","description":"Whose public holidays count as non-working days for business-day deadlines.","additionalProperties":false,"properties":{"country":{"type":"string","title":"country","description":"ISO 3166 country code, e.g. \"DE\" or \"US\".","examples":["DE"],"pattern":"^[A-Z]{2}$"},"region":{"type":"string","title":"region","description":"State or region code, e.g. \"BE\" for Berlin or \"NY\".","examples":["BE"],"pattern":"^[A-Z0-9]{1,3}$"}},"required":["country"]},"officeHours":{"type":"array","title":"office hours","description":"When this party is available; each window has days and a time range in this party's time zone. A window may cross midnight (22:00 to 02:00).","items":{"$ref":"#/$defs/officeHoursWindow"},"maxItems":14},"responseTime":{"type":"object","title":"response time","description":"How quickly this party answers messages.","additionalProperties":false,"properties":{"within":{"type":"integer","title":"response time","description":"The number of hours or business days.","minimum":1,"maximum":720},"unit":{"type":"string","title":"response time unit","description":"hours or business-days.","enum":["hours","business-days"]}},"required":["within","unit"]},"channels":{"type":"array","title":"channels","description":"Preferred ways to reach this party, each with an optional limit.","items":{"$ref":"#/$defs/channel"},"maxItems":10},"daysOff":{"type":"object","title":"days never worked","description":"Days this party never works.","additionalProperties":false,"properties":{"weekdays":{"type":"array","title":"weekdays off","description":"Weekdays never worked, e.g. [\"sat\", \"sun\"].","items":{"$ref":"#/$defs/weekday"},"maxItems":7,"uniqueItems":true},"dates":{"type":"array","title":"dates off","description":"Single dates never worked (family events, holidays).","items":{"$ref":"#/$defs/dateOff"},"maxItems":100},"note":{"$ref":"#/$defs/text","title":"days off note","description":"Anything else about days off, in a sentence."}},"required":[]}},"required":["name","timeZone"]},"officeHoursWindow":{"type":"object","title":"office hours window","description":"Days and a time range.","additionalProperties":false,"properties":{"days":{"type":"array","title":"days","description":"The weekdays this window applies to.","items":{"$ref":"#/$defs/weekday"},"maxItems":7,"minItems":1,"uniqueItems":true},"from":{"$ref":"#/$defs/time","title":"from","description":"Start time, HH:MM."},"to":{"$ref":"#/$defs/time","title":"to","description":"End time, HH:MM; earlier than from means the window ends the next day."}},"required":["days","from","to"]},"channel":{"type":"object","title":"channel","description":"A way to reach a party.","additionalProperties":false,"properties":{"kind":{"type":"string","title":"channel kind","description":"email, phone, video, chat, sms or in-person.","enum":["email","phone","video","chat","sms","in-person"]},"limit":{"type":"object","title":"channel limit","description":"At most this many per period, e.g. 2 calls a month.","additionalProperties":false,"properties":{"count":{"type":"integer","title":"count","description":"How many.","minimum":1,"maximum":1000},"per":{"type":"string","title":"per","description":"day, week or month.","enum":["day","week","month"]}},"required":["count","per"]},"note":{"$ref":"#/$defs/line","title":"channel note","description":"E.g. \"for urgent matters only\"."}},"required":["kind"]},"dateOff":{"type":"object","title":"date off","description":"A single date never worked.","additionalProperties":false,"properties":{"date":{"$ref":"#/$defs/calendarDate"},"label":{"$ref":"#/$defs/line","title":"label","description":"Why, e.g. \"family wedding\"."}},"required":["date"]},"project":{"type":"object","title":"project","description":"The engagement as a whole.","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/line","title":"project title","description":"A short title, e.g. \"Weekly blog posts\"."},"summary":{"$ref":"#/$defs/text","title":"project summary","description":"One or two sentences on what the project is for."}},"required":["title"]},"scope":{"type":"object","title":"scope","description":"What the work covers and what it does not.","additionalProperties":false,"properties":{"summary":{"$ref":"#/$defs/text","title":"scope summary","description":"What you will do, in a few sentences."},"outOfScope":{"type":"array","title":"out of scope","description":"Work that is not part of this agreement, e.g. \"uploading and formatting\". Extra work means a change order with extra pay.","items":{"$ref":"#/$defs/line"},"maxItems":200},"retainer":{"type":"object","title":"retainer","description":"For retainers: what one period buys.","additionalProperties":false,"properties":{"hoursPerPeriod":{"type":"integer","title":"hours per period","description":"Hours of work included in each period.","minimum":1,"maximum":2000},"kindsOfWork":{"type":"array","title":"kinds of work","description":"The kinds of work the retainer covers.","items":{"$ref":"#/$defs/line"},"maxItems":200}},"required":[]}},"required":[]},"deliverable":{"type":"object","title":"deliverable","description":"One concrete, countable thing you deliver.","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/line","title":"deliverable title","description":"What it is, e.g. \"Blog post\"."},"quantity":{"type":"integer","title":"quantity","description":"How many.","minimum":1,"maximum":100000},"unit":{"$ref":"#/$defs/line","title":"unit","description":"What one is, e.g. \"post\", \"episode\", \"page\"."},"specification":{"$ref":"#/$defs/line","title":"specification","description":"Size or standard, e.g. \"500 to 750 words\"."},"frequency":{"type":"string","title":"frequency","description":"How often: once, weekly, fortnightly, monthly or quarterly.","enum":["once","weekly","fortnightly","monthly","quarterly"]},"description":{"$ref":"#/$defs/text","title":"deliverable description","description":"Anything more the client should know."}},"required":["title","quantity"]},"schedule":{"type":"object","title":"schedule","description":"Dates and deadlines of both parties.","additionalProperties":false,"properties":{"startDate":{"$ref":"#/$defs/calendarDate","title":"start date","description":"When the work starts (YYYY-MM-DD)."},"endDate":{"$ref":"#/$defs/calendarDate","title":"end date","description":"When the engagement ends, if it has a fixed end."},"termMonths":{"type":"integer","title":"term in months","description":"For ongoing work: the length of the term in months.","minimum":1,"maximum":120},"reviewAfterMonths":{"type":"integer","title":"review after months","description":"Rates and terms are reviewed this many months after the start (6 to 12 is usual).","minimum":1,"maximum":60},"milestones":{"type":"array","title":"milestones","description":"Deadlines of the client (inputs, feedback) and of the freelancer (deliveries); each due on a date or a number of days after another milestone.","items":{"$ref":"#/$defs/milestone"},"maxItems":500}},"required":["startDate"]},"milestone":{"type":"object","title":"milestone","description":"A deadline owned by one party.","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/line","title":"milestone title","description":"What is due, e.g. \"Interview with the founder\"."},"owner":{"type":"string","title":"owner","description":"Who owes it: client or freelancer.","enum":["client","freelancer"]},"dueOn":{"$ref":"#/$defs/calendarDate","title":"due date","description":"An absolute due date. Give this, or after with days or businessDays."},"after":{"$ref":"#/$defs/slug","title":"after","description":"The id of the milestone this one follows."},"days":{"type":"integer","title":"days after","description":"Calendar days after the milestone named in after.","minimum":0,"maximum":3650},"businessDays":{"type":"integer","title":"business days after","description":"Business days (no weekends, days off or public holidays of the owner) after the milestone named in after.","minimum":0,"maximum":2000},"repeat":{"type":"object","title":"repeat","description":"Makes the milestone recur.","additionalProperties":false,"properties":{"every":{"type":"string","title":"every","description":"week, fortnight, month or quarter.","enum":["week","fortnight","month","quarter"]},"times":{"type":"integer","title":"times","description":"How many occurrences in total, including the first.","minimum":2,"maximum":520}},"required":["every","times"]},"description":{"$ref":"#/$defs/text","title":"milestone description","description":"Details, e.g. what the client provides."}},"required":["id","title","owner"]},"method":{"type":"object","title":"method","description":"How the work is done.","additionalProperties":false,"properties":{"images":{"$ref":"#/$defs/text","title":"images","description":"Where images come from and who licenses them."},"revisionRounds":{"type":"integer","title":"revision rounds","description":"Rounds of revisions included in the fee.","minimum":0,"maximum":20},"fileFormats":{"type":"array","title":"file formats","description":"The formats files are delivered in, e.g. \"DOCX\", \"MP3 (192 kbps)\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"research":{"$ref":"#/$defs/text","title":"research depth","description":"How deep research goes, e.g. \"up to 3 sources per post\"."},"tools":{"type":"array","title":"tools","description":"Tools used, e.g. \"Google Docs\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"subcontractors":{"type":"array","title":"subcontractors","description":"Tasks done by others, and on whose timeline.","items":{"$ref":"#/$defs/subcontractor"},"maxItems":20}},"required":[]},"subcontractor":{"type":"object","title":"subcontractor","description":"A task someone else does.","additionalProperties":false,"properties":{"task":{"$ref":"#/$defs/line","title":"task","description":"What they do."},"who":{"$ref":"#/$defs/name","title":"who","description":"Who does it."},"leadTimeDays":{"type":"integer","title":"lead time in days","description":"Days they need.","minimum":0,"maximum":365}},"required":["task","who"]},"fees":{"type":"object","title":"fees","description":"What the work costs and how it is paid.","additionalProperties":false,"properties":{"model":{"type":"string","title":"pricing model","description":"fixed-fee, retainer, day-rate, week-rate, month-rate or hourly (hourly is allowed but a project or period rate usually serves both sides better).","enum":["fixed-fee","retainer","day-rate","week-rate","month-rate","hourly"]},"amount":{"$ref":"#/$defs/money","title":"fee amount","description":"The project fee, or the rate per period, day, week, month or hour as the pricing model says."},"estimatedUnits":{"type":"integer","title":"estimated units","description":"For day, week and hourly rates: the estimated number of days, weeks or hours.","minimum":1,"maximum":10000},"deposit":{"type":"object","title":"deposit","description":"What is paid before work starts. Give percent or amount.","additionalProperties":false,"properties":{"percent":{"$ref":"#/$defs/percent","title":"deposit percent"},"amount":{"$ref":"#/$defs/money","title":"deposit amount"},"refundable":{"type":"boolean","title":"refundable","description":"Whether the deposit is refunded if the client ends the engagement. Defaults to false.","default":false}},"required":[]},"instalments":{"type":"array","title":"payment schedule","description":"How the fee is split. Percentages must add up to 100; the deposit, when given, is the first instalment.","items":{"$ref":"#/$defs/instalment"},"maxItems":60},"netDays":{"type":"integer","title":"payment terms","description":"Days after the invoice date that payment is due (net days).","minimum":0,"maximum":365},"lateFee":{"type":"object","title":"late fee","description":"Charged on overdue amounts. Give percent or amount, and the period.","additionalProperties":false,"properties":{"percent":{"$ref":"#/$defs/percent","title":"late fee percent"},"amount":{"$ref":"#/$defs/money","title":"late fee amount"},"per":{"type":"string","title":"late fee period","description":"Per day, week, month, year, or once per invoice.","enum":["day","week","month","year","invoice"]},"graceDays":{"type":"integer","title":"grace days","description":"Days after the due date before the fee applies.","minimum":0,"maximum":120}},"required":[]},"rushFee":{"type":"object","title":"rush fee","description":"Extra charge for rushed work.","additionalProperties":false,"properties":{"percent":{"type":"number","title":"rush fee percent","description":"Extra charge as a percentage of the normal price, from 0 to 500.","minimum":0,"maximum":500},"noticeUnderDays":{"type":"integer","title":"rush threshold in days","description":"Work requested with less notice than this many days counts as rushed.","minimum":1,"maximum":90}},"required":["percent","noticeUnderDays"]},"extraRevision":{"$ref":"#/$defs/money","title":"extra revision price","description":"Price of each revision round beyond those included."},"extraWork":{"type":"object","title":"rate for extra work","description":"Rate for work beyond the scope.","additionalProperties":false,"properties":{"amount":{"$ref":"#/$defs/money","title":"extra work rate"},"per":{"type":"string","title":"extra work unit","description":"hour, day or item.","enum":["hour","day","item"]}},"required":["amount","per"]},"expenses":{"type":"object","title":"expenses","description":"Who pays for travel and other expenses.","additionalProperties":false,"properties":{"paidBy":{"type":"string","title":"expenses paid by","description":"client or freelancer.","enum":["client","freelancer"]},"preApprovalAbove":{"$ref":"#/$defs/money","title":"pre-approval threshold","description":"Expenses above this need the client's written approval first."},"note":{"$ref":"#/$defs/text","title":"expenses note","description":"E.g. which expenses are covered."}},"required":["paidBy"]},"stepUp":{"type":"object","title":"rate step-up","description":"A rate that rises after a trial period.","additionalProperties":false,"properties":{"afterDays":{"type":"integer","title":"step-up after days","description":"Days after the start date.","minimum":1,"maximum":3650},"amount":{"$ref":"#/$defs/money","title":"stepped-up amount"},"condition":{"$ref":"#/$defs/text","title":"step-up condition","description":"The metrics that must be met, if any."}},"required":["afterDays","amount"]},"termination":{"type":"object","title":"termination","description":"Ending the engagement before completion.","additionalProperties":false,"properties":{"noticeDays":{"type":"integer","title":"notice days","description":"Days of written notice either party gives.","minimum":0,"maximum":365},"killFee":{"type":"object","title":"kill fee","description":"Paid when the client ends the project early. Give percent (of the remaining fee) or amount.","additionalProperties":false,"properties":{"percent":{"$ref":"#/$defs/percent","title":"kill fee percent"},"amount":{"$ref":"#/$defs/money","title":"kill fee amount"}},"required":[]},"owed":{"type":"array","title":"owed on termination","description":"What the client owes on termination, e.g. \"all work done to date\".","items":{"$ref":"#/$defs/line"},"maxItems":20}},"required":[]}},"required":["model","amount"]},"instalment":{"type":"object","title":"instalment","description":"One payment. Give percent or amount, and when it is due.","additionalProperties":false,"properties":{"label":{"$ref":"#/$defs/line","title":"instalment label","description":"E.g. \"Balance\"."},"percent":{"$ref":"#/$defs/percent","title":"instalment percent"},"amount":{"$ref":"#/$defs/money","title":"instalment amount"},"due":{"type":"string","title":"due","description":"signing, start, completion, or milestone (then name it in milestone), or date (then give dueOn).","enum":["signing","start","completion","milestone","date"]},"milestone":{"$ref":"#/$defs/slug","title":"milestone","description":"The milestone id this instalment is due on."},"dueOn":{"$ref":"#/$defs/calendarDate","title":"instalment due date","description":"The date this instalment is due."}},"required":["label","due"]},"rights":{"type":"object","title":"rights","description":"Ownership, attribution, uses and confidentiality.","additionalProperties":false,"properties":{"ownershipTransfer":{"type":"string","title":"ownership transfer","description":"When the client becomes owner: on-final-payment (the default, and the safe choice), on-delivery, or never (the client gets a licence).","enum":["on-final-payment","on-delivery","never"]},"attribution":{"type":"string","title":"attribution","description":"byline (the freelancer is named), ghost-written (the client's name only) or credit-line.","enum":["byline","ghost-written","credit-line"]},"creditLine":{"$ref":"#/$defs/line","title":"credit line","description":"The credit as printed, e.g. \"Photos: Jane Doe\"."},"allowedUses":{"type":"array","title":"allowed uses","description":"Where the client may use the work, e.g. \"on the client's blog\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"forbiddenUses":{"type":"array","title":"uses needing permission","description":"Uses that need written permission and further pay, e.g. \"in a book\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"portfolio":{"type":"string","title":"portfolio rights","description":"Whether the freelancer may show the work: yes, with-permission, after-date (give portfolioAfter) or no.","enum":["yes","with-permission","after-date","no"]},"portfolioAfter":{"$ref":"#/$defs/calendarDate","title":"portfolio after","description":"The date after which the work may be shown."},"confidentialityYears":{"type":"integer","title":"confidentiality years","description":"Years that confidential information stays confidential after the end.","minimum":0,"maximum":50}},"required":[]},"signatory":{"type":"object","title":"signatory","description":"A person who signs.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"signatory name","description":"Full name."},"title":{"$ref":"#/$defs/line","title":"signatory title","description":"Role, e.g. \"Managing Director\"."}},"required":["name"]},"signatures":{"type":"object","title":"signatures","description":"Who signs for each party.","additionalProperties":false,"properties":{"freelancer":{"type":"array","title":"freelancer signatories","description":"Who signs for the freelancer.","items":{"$ref":"#/$defs/signatory"},"maxItems":5,"minItems":1},"client":{"type":"array","title":"client signatories","description":"Who signs for the client.","items":{"$ref":"#/$defs/signatory"},"maxItems":5,"minItems":1}},"required":[]},"handover":{"type":"object","title":"handover","description":"The offboarding handover at the end of the engagement.","additionalProperties":false,"properties":{"transitionDate":{"$ref":"#/$defs/calendarDate","title":"transition date","description":"The day responsibility passes to the client or their new contractor."},"contacts":{"type":"array","title":"handover contacts","description":"Who to talk to during the transition.","items":{"$ref":"#/$defs/handoverContact"},"maxItems":20},"projects":{"type":"array","title":"open projects","description":"Each open project: its state, what is done, what remains, the next step.","items":{"$ref":"#/$defs/handoverProject"},"maxItems":100},"procedures":{"type":"array","title":"procedures","description":"Recurring tasks written as numbered steps anyone can follow.","items":{"$ref":"#/$defs/procedure"},"maxItems":100},"accounts":{"type":"array","title":"accounts to transfer","description":"Systems and access to hand over. Never put a password here.","items":{"$ref":"#/$defs/account"},"maxItems":100},"invoices":{"type":"array","title":"outstanding invoices","description":"Final invoices still open.","items":{"$ref":"#/$defs/invoice"},"maxItems":100},"afterHandover":{"type":"object","title":"contact after handover","description":"How to reach the freelancer afterwards.","additionalProperties":false,"properties":{"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"},"until":{"$ref":"#/$defs/calendarDate","title":"available until","description":"Until when questions are answered."},"note":{"$ref":"#/$defs/text","title":"note","description":"E.g. \"short questions free of charge for 30 days, then at the day rate\"."}},"required":[]}},"required":["transitionDate"]},"handoverContact":{"type":"object","title":"handover contact","description":"A person involved in the transition.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"name","description":"Full name."},"role":{"$ref":"#/$defs/line","title":"role","description":"Their role in the transition."},"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"}},"required":["name","role"]},"handoverProject":{"type":"object","title":"open project","description":"A project at handover.","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/line","title":"project title","description":"The project's name."},"state":{"type":"string","title":"state","description":"not-started, in-progress, blocked, paused or done.","enum":["not-started","in-progress","blocked","paused","done"]},"done":{"type":"array","title":"done","description":"What is finished.","items":{"$ref":"#/$defs/line"},"maxItems":100},"remaining":{"type":"array","title":"remaining","description":"What is left to do.","items":{"$ref":"#/$defs/line"},"maxItems":100},"nextStep":{"$ref":"#/$defs/line","title":"next step","description":"The very next action."},"location":{"$ref":"#/$defs/line","title":"location","description":"Where the files are, e.g. \"Shared drive › Clients › Acme\"."}},"required":["title","state"]},"procedure":{"type":"object","title":"procedure","description":"A task written as numbered steps.","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/line","title":"procedure title","description":"E.g. \"Publish the weekly newsletter\"."},"frequency":{"$ref":"#/$defs/line","title":"how often","description":"E.g. \"every Monday\"."},"steps":{"type":"array","title":"steps","description":"The steps in order.","items":{"$ref":"#/$defs/procedureStep"},"maxItems":100,"minItems":1}},"required":["title","steps"]},"procedureStep":{"type":"object","title":"step","description":"One step.","additionalProperties":false,"properties":{"text":{"$ref":"#/$defs/text","title":"step","description":"What to do."},"image":{"type":"string","title":"image reference","description":"A file name or caption of a screenshot that shows the step, e.g. \"screenshots/newsletter-1.png\". Printed as a reference; not embedded.","examples":["screenshots/step-1.png"],"pattern":"^[^\\s<>\"]+$","maxLength":300,"x-text":"line"}},"required":["text"]},"account":{"type":"object","title":"account","description":"Access to hand over. Never a password.","additionalProperties":false,"properties":{"system":{"$ref":"#/$defs/line","title":"system","description":"E.g. \"Mailchimp\"."},"access":{"$ref":"#/$defs/line","title":"kind of access","description":"E.g. \"admin\", \"editor\"."},"handover":{"type":"string","title":"how it is handed over","description":"transfer-ownership, client-removes-access, client-resets-credentials or remove-freelancer.","enum":["transfer-ownership","client-removes-access","client-resets-credentials","remove-freelancer"]},"note":{"$ref":"#/$defs/line","title":"note","description":"Anything the client must know."}},"required":["system","access","handover"]},"invoice":{"type":"object","title":"invoice","description":"An outstanding invoice.","additionalProperties":false,"properties":{"number":{"$ref":"#/$defs/line","title":"invoice number","description":"E.g. \"2027-014\"."},"amount":{"$ref":"#/$defs/money","title":"invoice amount"},"dueOn":{"$ref":"#/$defs/calendarDate","title":"invoice due date","description":"When it is due."},"description":{"$ref":"#/$defs/line","title":"description","description":"What it covers."}},"required":["number","amount","dueOn"]},"customClause":{"type":"object","title":"custom clause","description":"A clause you write yourself: a section titled `title`, placed after the built-in clause or group `after` (or at the end of the body).","required":["id","title","documents","template"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/line"},"documents":{"type":"array","title":"documents","description":"The documents the clause appears in.","items":{"type":"string","title":"document","description":"A document kind.","enum":["proposal","contract","handover"]},"minItems":1,"maxItems":3,"uniqueItems":true},"after":{"$ref":"#/$defs/slug","title":"after","description":"The id of the built-in clause or group this clause follows; without it, the clause ends the body."},"template":{"type":"string","title":"template","description":"The clause text: Markdown with {{placeholders}} for engagement fields (at most 20,000 characters and 500 placeholders).","minLength":1,"maxLength":20000,"x-text":"text"}}}}};
const schema36 = {"type":"string","title":"identifier","description":"Lower-case letters, digits and single hyphens, e.g. \"first-draft\".","examples":["first-draft"],"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","minLength":1,"maxLength":64};
const schema37 = {"type":"string","title":"date","description":"A calendar date as YYYY-MM-DD.","examples":["2027-03-01"],"format":"date"};
const schema39 = {"type":"string","title":"locale","description":"A BCP 47 language tag such as \"en-GB\".","examples":["en-GB"],"pattern":"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"};
const schema40 = {"type":"string","title":"currency","description":"An ISO 4217 currency code such as \"EUR\".","examples":["EUR"],"pattern":"^[A-Z]{3}$","x-currency":true};
const schema46 = {"type":"string","title":"text","description":"A short line of text.","minLength":1,"maxLength":500,"x-text":"line"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime.ucs2length;
const keyword0 = keywordValidators["x-text"];
const keyword1 = keywordValidators["x-currency"];
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$", "u");
const pattern6 = new RegExp("^[A-Z]{3}$", "u");
const pattern7 = new RegExp("^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$", "u");
const pattern24 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");
const formats0 = formats.date;
const schema42 = {"type":"object","title":"party","description":"A party to the engagement.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"name","description":"The person's or business's name as it should appear on the documents."},"businessName":{"$ref":"#/$defs/name","title":"business name","description":"The registered business name, when it differs from the name."},"contact":{"type":"object","title":"contact person","description":"Who speaks for this party day to day.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"contact name","description":"The contact person's name."},"role":{"$ref":"#/$defs/line","title":"contact role","description":"Their role, e.g. \"Head of Marketing\"."},"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"}},"required":["name"]},"address":{"$ref":"#/$defs/text","title":"mailing address","description":"The full postal address; one line per line."},"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"},"website":{"$ref":"#/$defs/url"},"timeZone":{"$ref":"#/$defs/timeZone"},"publicHolidays":{"type":"object","title":"public holidays","description":"Whose public holidays count as non-working days for business-day deadlines.","additionalProperties":false,"properties":{"country":{"type":"string","title":"country","description":"ISO 3166 country code, e.g. \"DE\" or \"US\".","examples":["DE"],"pattern":"^[A-Z]{2}$"},"region":{"type":"string","title":"region","description":"State or region code, e.g. \"BE\" for Berlin or \"NY\".","examples":["BE"],"pattern":"^[A-Z0-9]{1,3}$"}},"required":["country"]},"officeHours":{"type":"array","title":"office hours","description":"When this party is available; each window has days and a time range in this party's time zone. A window may cross midnight (22:00 to 02:00).","items":{"$ref":"#/$defs/officeHoursWindow"},"maxItems":14},"responseTime":{"type":"object","title":"response time","description":"How quickly this party answers messages.","additionalProperties":false,"properties":{"within":{"type":"integer","title":"response time","description":"The number of hours or business days.","minimum":1,"maximum":720},"unit":{"type":"string","title":"response time unit","description":"hours or business-days.","enum":["hours","business-days"]}},"required":["within","unit"]},"channels":{"type":"array","title":"channels","description":"Preferred ways to reach this party, each with an optional limit.","items":{"$ref":"#/$defs/channel"},"maxItems":10},"daysOff":{"type":"object","title":"days never worked","description":"Days this party never works.","additionalProperties":false,"properties":{"weekdays":{"type":"array","title":"weekdays off","description":"Weekdays never worked, e.g. [\"sat\", \"sun\"].","items":{"$ref":"#/$defs/weekday"},"maxItems":7,"uniqueItems":true},"dates":{"type":"array","title":"dates off","description":"Single dates never worked (family events, holidays).","items":{"$ref":"#/$defs/dateOff"},"maxItems":100},"note":{"$ref":"#/$defs/text","title":"days off note","description":"Anything else about days off, in a sentence."}},"required":[]}},"required":["name","timeZone"]};
const schema43 = {"type":"string","title":"name","description":"A name as it should be printed.","minLength":1,"maxLength":200,"x-text":"name"};
const schema47 = {"type":"string","title":"email","description":"An email address.","examples":["name@example.com"],"format":"email","maxLength":254};
const schema48 = {"type":"string","title":"phone","description":"A phone number as dialled internationally, e.g. \"+44 20 7946 0958\".","examples":["+44 20 7946 0958"],"pattern":"^\\+?[0-9][0-9 ()./-]{4,30}$"};
const schema49 = {"type":"string","title":"text","description":"Free text; line breaks are kept.","minLength":1,"maxLength":10000,"x-text":"text"};
const schema52 = {"type":"string","title":"web address","description":"A web address starting with https://.","examples":["https://example.com"],"pattern":"^https://[^\\s<>\"]+$","maxLength":2000,"x-text":"line"};
const schema53 = {"type":"string","title":"time zone","description":"An IANA time zone name such as \"Europe/Berlin\" or \"America/New_York\" (not an offset like +01:00).","examples":["Europe/Berlin"],"minLength":1,"maxLength":64,"x-timezone":true};
const schema55 = {"type":"string","title":"weekday","description":"A day of the week: mon, tue, wed, thu, fri, sat or sun.","enum":["mon","tue","wed","thu","fri","sat","sun"]};
const func0 = runtime.equal;
const keyword8 = keywordValidators["x-timezone"];
const formats6 = formats.email;
const pattern8 = new RegExp("^\\+?[0-9][0-9 ()./-]{4,30}$", "u");
const pattern10 = new RegExp("^https://[^\\s<>\"]+$", "u");
const pattern11 = new RegExp("^[A-Z]{2}$", "u");
const pattern12 = new RegExp("^[A-Z0-9]{1,3}$", "u");
const schema54 = {"type":"object","title":"office hours window","description":"Days and a time range.","additionalProperties":false,"properties":{"days":{"type":"array","title":"days","description":"The weekdays this window applies to.","items":{"$ref":"#/$defs/weekday"},"maxItems":7,"minItems":1,"uniqueItems":true},"from":{"$ref":"#/$defs/time","title":"from","description":"Start time, HH:MM."},"to":{"$ref":"#/$defs/time","title":"to","description":"End time, HH:MM; earlier than from means the window ends the next day."}},"required":["days","from","to"]};
const schema56 = {"type":"string","title":"time","description":"A time of day as HH:MM on the 24-hour clock.","examples":["09:30"],"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"};
const pattern13 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.days === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "days"},schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.to === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "days") || (key0 === "from")) || (key0 === "to"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.days !== undefined){
let data0 = data.days;
if(Array.isArray(data0)){
if(data0.length > 7){
const err4 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/maxItems",keyword:"maxItems",params:{limit: 7},schema:7,parentSchema:schema54.properties.days,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/minItems",keyword:"minItems",params:{limit: 1},schema:1,parentSchema:schema54.properties.days,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/days/" + i0,schemaPath:"#/$defs/weekday/type",keyword:"type",params:{type: "string"},schema:schema55.type,parentSchema:schema55,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((data1 === "mon") || (data1 === "tue")) || (data1 === "wed")) || (data1 === "thu")) || (data1 === "fri")) || (data1 === "sat")) || (data1 === "sun"))){
const err7 = {instancePath:instancePath+"/days/" + i0,schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema55.enum},schema:schema55.enum,parentSchema:schema55,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err8 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},schema:true,parentSchema:schema54.properties.days,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/type",keyword:"type",params:{type: "array"},schema:schema54.properties.days.type,parentSchema:schema54.properties.days,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.from !== undefined){
let data2 = data.from;
if(typeof data2 === "string"){
if(!pattern13.test(data2)){
const err10 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},schema:schema56.type,parentSchema:schema56,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.to !== undefined){
let data3 = data.to;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err12 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema56,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},schema:schema56.type,parentSchema:schema56,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"type":"object","title":"channel","description":"A way to reach a party.","additionalProperties":false,"properties":{"kind":{"type":"string","title":"channel kind","description":"email, phone, video, chat, sms or in-person.","enum":["email","phone","video","chat","sms","in-person"]},"limit":{"type":"object","title":"channel limit","description":"At most this many per period, e.g. 2 calls a month.","additionalProperties":false,"properties":{"count":{"type":"integer","title":"count","description":"How many.","minimum":1,"maximum":1000},"per":{"type":"string","title":"per","description":"day, week or month.","enum":["day","week","month"]}},"required":["count","per"]},"note":{"$ref":"#/$defs/line","title":"channel note","description":"E.g. \"for urgent matters only\"."}},"required":["kind"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "limit")) || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},schema:schema58.properties.kind.type,parentSchema:schema58.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((data0 === "email") || (data0 === "phone")) || (data0 === "video")) || (data0 === "chat")) || (data0 === "sms")) || (data0 === "in-person"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.kind.enum},schema:schema58.properties.kind.enum,parentSchema:schema58.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.count === undefined){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/required",keyword:"required",params:{missingProperty: "count"},schema:schema58.properties.limit.required,parentSchema:schema58.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.per === undefined){
const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/required",keyword:"required",params:{missingProperty: "per"},schema:schema58.properties.limit.required,parentSchema:schema58.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "count") || (key1 === "per"))){
const err6 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema58.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.count !== undefined){
let data2 = data1.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/limit/count",schemaPath:"#/properties/limit/properties/count/type",keyword:"type",params:{type: "integer"},schema:schema58.properties.limit.properties.count.type,parentSchema:schema58.properties.limit.properties.count,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/limit/count",schemaPath:"#/properties/limit/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},schema:1000,parentSchema:schema58.properties.limit.properties.count,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/limit/count",schemaPath:"#/properties/limit/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema58.properties.limit.properties.count,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data1.per !== undefined){
let data3 = data1.per;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/limit/per",schemaPath:"#/properties/limit/properties/per/type",keyword:"type",params:{type: "string"},schema:schema58.properties.limit.properties.per.type,parentSchema:schema58.properties.limit.properties.per,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data3 === "day") || (data3 === "week")) || (data3 === "month"))){
const err11 = {instancePath:instancePath+"/limit/per",schemaPath:"#/properties/limit/properties/per/enum",keyword:"enum",params:{allowedValues: schema58.properties.limit.properties.per.enum},schema:schema58.properties.limit.properties.per.enum,parentSchema:schema58.properties.limit.properties.per,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "object"},schema:schema58.properties.limit.type,parentSchema:schema58.properties.limit,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
let data4 = data.note;
const _errs14 = errors;
keyword0.errors = null;
const valid3 = keyword0("line", data4, schema46, {instancePath:instancePath+"/note",parentData:data,parentDataProperty:"note",rootData,dynamicAnchors});
if(!valid3){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs14; i0<errors; i0++){
const err13 = vErrors[i0];
if(err13.instancePath === undefined){
err13.instancePath = instancePath+"/note";
}
err13.schemaPath = "#/$defs/line/x-text";
err13.schema = "line";
err13.data = data4;
}
}
else {
const err14 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(typeof data4 === "string"){
if(func2(data4) > 500){
const err15 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data4) < 1){
const err16 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema61 = {"type":"object","title":"date off","description":"A single date never worked.","additionalProperties":false,"properties":{"date":{"$ref":"#/$defs/calendarDate"},"label":{"$ref":"#/$defs/line","title":"label","description":"Why, e.g. \"family wedding\"."}},"required":["date"]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "date") || (key0 === "label"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.date !== undefined){
let data0 = data.date;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
const _errs8 = errors;
keyword0.errors = null;
const valid3 = keyword0("line", data1, schema46, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData,dynamicAnchors});
if(!valid3){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs8; i0<errors; i0++){
const err4 = vErrors[i0];
if(err4.instancePath === undefined){
err4.instancePath = instancePath+"/label";
}
err4.schemaPath = "#/$defs/line/x-text";
err4.schema = "line";
err4.data = data1;
}
}
else {
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timeZone === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeZone"},schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema42.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("name", data0, schema43, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err3 = vErrors[i0];
if(err3.instancePath === undefined){
err3.instancePath = instancePath+"/name";
}
err3.schemaPath = "#/$defs/name/x-text";
err3.schema = "name";
err3.data = data0;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/x-text",keyword:"x-text",params:{},schema:"name",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},schema:200,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.businessName !== undefined){
let data1 = data.businessName;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("name", data1, schema43, {instancePath:instancePath+"/businessName",parentData:data,parentDataProperty:"businessName",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err8 = vErrors[i1];
if(err8.instancePath === undefined){
err8.instancePath = instancePath+"/businessName";
}
err8.schemaPath = "#/$defs/name/x-text";
err8.schema = "name";
err8.data = data1;
}
}
else {
const err9 = {instancePath:instancePath+"/businessName",schemaPath:"#/$defs/name/x-text",keyword:"x-text",params:{},schema:"name",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err10 = {instancePath:instancePath+"/businessName",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},schema:200,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/businessName",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/businessName",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.contact !== undefined){
let data2 = data.contact;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err13 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "name"},schema:schema42.properties.contact.required,parentSchema:schema42.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "role")) || (key1 === "email")) || (key1 === "phone"))){
const err14 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema42.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs16 = errors;
keyword0.errors = null;
const valid7 = keyword0("name", data3, schema43, {instancePath:instancePath+"/contact/name",parentData:data2,parentDataProperty:"name",rootData,dynamicAnchors});
if(!valid7){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs16; i2<errors; i2++){
const err15 = vErrors[i2];
if(err15.instancePath === undefined){
err15.instancePath = instancePath+"/contact/name";
}
err15.schemaPath = "#/$defs/name/x-text";
err15.schema = "name";
err15.data = data3;
}
}
else {
const err16 = {instancePath:instancePath+"/contact/name",schemaPath:"#/$defs/name/x-text",keyword:"x-text",params:{},schema:"name",parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err17 = {instancePath:instancePath+"/contact/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},schema:200,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data3) < 1){
const err18 = {instancePath:instancePath+"/contact/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/contact/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.role !== undefined){
let data4 = data2.role;
const _errs20 = errors;
keyword0.errors = null;
const valid9 = keyword0("line", data4, schema46, {instancePath:instancePath+"/contact/role",parentData:data2,parentDataProperty:"role",rootData,dynamicAnchors});
if(!valid9){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i3=_errs20; i3<errors; i3++){
const err20 = vErrors[i3];
if(err20.instancePath === undefined){
err20.instancePath = instancePath+"/contact/role";
}
err20.schemaPath = "#/$defs/line/x-text";
err20.schema = "line";
err20.data = data4;
}
}
else {
const err21 = {instancePath:instancePath+"/contact/role",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(typeof data4 === "string"){
if(func2(data4) > 500){
const err22 = {instancePath:instancePath+"/contact/role",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data4) < 1){
const err23 = {instancePath:instancePath+"/contact/role",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/contact/role",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data2.email !== undefined){
let data5 = data2.email;
if(typeof data5 === "string"){
if(func2(data5) > 254){
const err25 = {instancePath:instancePath+"/contact/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},schema:254,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(formats6(data5))){
const err26 = {instancePath:instancePath+"/contact/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},schema:"email",parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/contact/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},schema:schema47.type,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.phone !== undefined){
let data6 = data2.phone;
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err28 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/$defs/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9 ()./-]{4,30}$"},schema:"^\\+?[0-9][0-9 ()./-]{4,30}$",parentSchema:schema48,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},schema:schema48.type,parentSchema:schema48,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},schema:schema42.properties.contact.type,parentSchema:schema42.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.address !== undefined){
let data7 = data.address;
const _errs30 = errors;
keyword0.errors = null;
const valid13 = keyword0("text", data7, schema49, {instancePath:instancePath+"/address",parentData:data,parentDataProperty:"address",rootData,dynamicAnchors});
if(!valid13){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i4=_errs30; i4<errors; i4++){
const err31 = vErrors[i4];
if(err31.instancePath === undefined){
err31.instancePath = instancePath+"/address";
}
err31.schemaPath = "#/$defs/text/x-text";
err31.schema = "text";
err31.data = data7;
}
}
else {
const err32 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(typeof data7 === "string"){
if(func2(data7) > 10000){
const err33 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func2(data7) < 1){
const err34 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.email !== undefined){
let data8 = data.email;
if(typeof data8 === "string"){
if(func2(data8) > 254){
const err36 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},schema:254,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats6(data8))){
const err37 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},schema:"email",parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},schema:schema47.type,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.phone !== undefined){
let data9 = data.phone;
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
const err39 = {instancePath:instancePath+"/phone",schemaPath:"#/$defs/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9 ()./-]{4,30}$"},schema:"^\\+?[0-9][0-9 ()./-]{4,30}$",parentSchema:schema48,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},schema:schema48.type,parentSchema:schema48,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.website !== undefined){
let data10 = data.website;
const _errs40 = errors;
keyword0.errors = null;
const valid17 = keyword0("line", data10, schema52, {instancePath:instancePath+"/website",parentData:data,parentDataProperty:"website",rootData,dynamicAnchors});
if(!valid17){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i5=_errs40; i5<errors; i5++){
const err41 = vErrors[i5];
if(err41.instancePath === undefined){
err41.instancePath = instancePath+"/website";
}
err41.schemaPath = "#/$defs/url/x-text";
err41.schema = "line";
err41.data = data10;
}
}
else {
const err42 = {instancePath:instancePath+"/website",schemaPath:"#/$defs/url/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema52,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(typeof data10 === "string"){
if(func2(data10) > 2000){
const err43 = {instancePath:instancePath+"/website",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2000},schema:2000,parentSchema:schema52,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern10.test(data10)){
const err44 = {instancePath:instancePath+"/website",schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s<>\"]+$"},schema:"^https://[^\\s<>\"]+$",parentSchema:schema52,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/website",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},schema:schema52.type,parentSchema:schema52,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.timeZone !== undefined){
let data11 = data.timeZone;
const _errs44 = errors;
keyword8.errors = null;
const valid19 = keyword8(true, data11, schema53, {instancePath:instancePath+"/timeZone",parentData:data,parentDataProperty:"timeZone",rootData,dynamicAnchors});
if(!valid19){
if(Array.isArray(keyword8.errors)){
vErrors = vErrors === null ? keyword8.errors : vErrors.concat(keyword8.errors);
errors = vErrors.length;
for(let i6=_errs44; i6<errors; i6++){
const err46 = vErrors[i6];
if(err46.instancePath === undefined){
err46.instancePath = instancePath+"/timeZone";
}
err46.schemaPath = "#/$defs/timeZone/x-timezone";
err46.schema = true;
err46.data = data11;
}
}
else {
const err47 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/x-timezone",keyword:"x-timezone",params:{},schema:true,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(typeof data11 === "string"){
if(func2(data11) > 64){
const err48 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data11) < 1){
const err49 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/type",keyword:"type",params:{type: "string"},schema:schema53.type,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.publicHolidays !== undefined){
let data12 = data.publicHolidays;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.country === undefined){
const err51 = {instancePath:instancePath+"/publicHolidays",schemaPath:"#/properties/publicHolidays/required",keyword:"required",params:{missingProperty: "country"},schema:schema42.properties.publicHolidays.required,parentSchema:schema42.properties.publicHolidays,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key2 in data12){
if(!((key2 === "country") || (key2 === "region"))){
const err52 = {instancePath:instancePath+"/publicHolidays",schemaPath:"#/properties/publicHolidays/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},schema:false,parentSchema:schema42.properties.publicHolidays,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data12.country !== undefined){
let data13 = data12.country;
if(typeof data13 === "string"){
if(!pattern11.test(data13)){
const err53 = {instancePath:instancePath+"/publicHolidays/country",schemaPath:"#/properties/publicHolidays/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},schema:"^[A-Z]{2}$",parentSchema:schema42.properties.publicHolidays.properties.country,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/publicHolidays/country",schemaPath:"#/properties/publicHolidays/properties/country/type",keyword:"type",params:{type: "string"},schema:schema42.properties.publicHolidays.properties.country.type,parentSchema:schema42.properties.publicHolidays.properties.country,data:data13};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data12.region !== undefined){
let data14 = data12.region;
if(typeof data14 === "string"){
if(!pattern12.test(data14)){
const err55 = {instancePath:instancePath+"/publicHolidays/region",schemaPath:"#/properties/publicHolidays/properties/region/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{1,3}$"},schema:"^[A-Z0-9]{1,3}$",parentSchema:schema42.properties.publicHolidays.properties.region,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/publicHolidays/region",schemaPath:"#/properties/publicHolidays/properties/region/type",keyword:"type",params:{type: "string"},schema:schema42.properties.publicHolidays.properties.region.type,parentSchema:schema42.properties.publicHolidays.properties.region,data:data14};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/publicHolidays",schemaPath:"#/properties/publicHolidays/type",keyword:"type",params:{type: "object"},schema:schema42.properties.publicHolidays.type,parentSchema:schema42.properties.publicHolidays,data:data12};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.officeHours !== undefined){
let data15 = data.officeHours;
if(Array.isArray(data15)){
if(data15.length > 14){
const err58 = {instancePath:instancePath+"/officeHours",schemaPath:"#/properties/officeHours/maxItems",keyword:"maxItems",params:{limit: 14},schema:14,parentSchema:schema42.properties.officeHours,data:data15};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len0 = data15.length;
for(let i7=0; i7<len0; i7++){
if(!(validate26(data15[i7], {instancePath:instancePath+"/officeHours/" + i7,parentData:data15,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err59 = {instancePath:instancePath+"/officeHours",schemaPath:"#/properties/officeHours/type",keyword:"type",params:{type: "array"},schema:schema42.properties.officeHours.type,parentSchema:schema42.properties.officeHours,data:data15};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.responseTime !== undefined){
let data17 = data.responseTime;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.within === undefined){
const err60 = {instancePath:instancePath+"/responseTime",schemaPath:"#/properties/responseTime/required",keyword:"required",params:{missingProperty: "within"},schema:schema42.properties.responseTime.required,parentSchema:schema42.properties.responseTime,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data17.unit === undefined){
const err61 = {instancePath:instancePath+"/responseTime",schemaPath:"#/properties/responseTime/required",keyword:"required",params:{missingProperty: "unit"},schema:schema42.properties.responseTime.required,parentSchema:schema42.properties.responseTime,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key3 in data17){
if(!((key3 === "within") || (key3 === "unit"))){
const err62 = {instancePath:instancePath+"/responseTime",schemaPath:"#/properties/responseTime/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},schema:false,parentSchema:schema42.properties.responseTime,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data17.within !== undefined){
let data18 = data17.within;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err63 = {instancePath:instancePath+"/responseTime/within",schemaPath:"#/properties/responseTime/properties/within/type",keyword:"type",params:{type: "integer"},schema:schema42.properties.responseTime.properties.within.type,parentSchema:schema42.properties.responseTime.properties.within,data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 720 || isNaN(data18)){
const err64 = {instancePath:instancePath+"/responseTime/within",schemaPath:"#/properties/responseTime/properties/within/maximum",keyword:"maximum",params:{comparison: "<=", limit: 720},schema:720,parentSchema:schema42.properties.responseTime.properties.within,data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err65 = {instancePath:instancePath+"/responseTime/within",schemaPath:"#/properties/responseTime/properties/within/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema42.properties.responseTime.properties.within,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data17.unit !== undefined){
let data19 = data17.unit;
if(typeof data19 !== "string"){
const err66 = {instancePath:instancePath+"/responseTime/unit",schemaPath:"#/properties/responseTime/properties/unit/type",keyword:"type",params:{type: "string"},schema:schema42.properties.responseTime.properties.unit.type,parentSchema:schema42.properties.responseTime.properties.unit,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((data19 === "hours") || (data19 === "business-days"))){
const err67 = {instancePath:instancePath+"/responseTime/unit",schemaPath:"#/properties/responseTime/properties/unit/enum",keyword:"enum",params:{allowedValues: schema42.properties.responseTime.properties.unit.enum},schema:schema42.properties.responseTime.properties.unit.enum,parentSchema:schema42.properties.responseTime.properties.unit,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/responseTime",schemaPath:"#/properties/responseTime/type",keyword:"type",params:{type: "object"},schema:schema42.properties.responseTime.type,parentSchema:schema42.properties.responseTime,data:data17};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.channels !== undefined){
let data20 = data.channels;
if(Array.isArray(data20)){
if(data20.length > 10){
const err69 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/maxItems",keyword:"maxItems",params:{limit: 10},schema:10,parentSchema:schema42.properties.channels,data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len1 = data20.length;
for(let i8=0; i8<len1; i8++){
if(!(validate28(data20[i8], {instancePath:instancePath+"/channels/" + i8,parentData:data20,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err70 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},schema:schema42.properties.channels.type,parentSchema:schema42.properties.channels,data:data20};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.daysOff !== undefined){
let data22 = data.daysOff;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
if(!(((key4 === "weekdays") || (key4 === "dates")) || (key4 === "note"))){
const err71 = {instancePath:instancePath+"/daysOff",schemaPath:"#/properties/daysOff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},schema:false,parentSchema:schema42.properties.daysOff,data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data22.weekdays !== undefined){
let data23 = data22.weekdays;
if(Array.isArray(data23)){
if(data23.length > 7){
const err72 = {instancePath:instancePath+"/daysOff/weekdays",schemaPath:"#/properties/daysOff/properties/weekdays/maxItems",keyword:"maxItems",params:{limit: 7},schema:7,parentSchema:schema42.properties.daysOff.properties.weekdays,data:data23};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len2 = data23.length;
for(let i9=0; i9<len2; i9++){
let data24 = data23[i9];
if(typeof data24 !== "string"){
const err73 = {instancePath:instancePath+"/daysOff/weekdays/" + i9,schemaPath:"#/$defs/weekday/type",keyword:"type",params:{type: "string"},schema:schema55.type,parentSchema:schema55,data:data24};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(((((((data24 === "mon") || (data24 === "tue")) || (data24 === "wed")) || (data24 === "thu")) || (data24 === "fri")) || (data24 === "sat")) || (data24 === "sun"))){
const err74 = {instancePath:instancePath+"/daysOff/weekdays/" + i9,schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema55.enum},schema:schema55.enum,parentSchema:schema55,data:data24};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
let i10 = data23.length;
let j0;
if(i10 > 1){
outer0:
for(;i10--;){
for(j0 = i10; j0--;){
if(func0(data23[i10], data23[j0])){
const err75 = {instancePath:instancePath+"/daysOff/weekdays",schemaPath:"#/properties/daysOff/properties/weekdays/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j0},schema:true,parentSchema:schema42.properties.daysOff.properties.weekdays,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err76 = {instancePath:instancePath+"/daysOff/weekdays",schemaPath:"#/properties/daysOff/properties/weekdays/type",keyword:"type",params:{type: "array"},schema:schema42.properties.daysOff.properties.weekdays.type,parentSchema:schema42.properties.daysOff.properties.weekdays,data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data22.dates !== undefined){
let data25 = data22.dates;
if(Array.isArray(data25)){
if(data25.length > 100){
const err77 = {instancePath:instancePath+"/daysOff/dates",schemaPath:"#/properties/daysOff/properties/dates/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema42.properties.daysOff.properties.dates,data:data25};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len3 = data25.length;
for(let i11=0; i11<len3; i11++){
if(!(validate30(data25[i11], {instancePath:instancePath+"/daysOff/dates/" + i11,parentData:data25,parentDataProperty:i11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err78 = {instancePath:instancePath+"/daysOff/dates",schemaPath:"#/properties/daysOff/properties/dates/type",keyword:"type",params:{type: "array"},schema:schema42.properties.daysOff.properties.dates.type,parentSchema:schema42.properties.daysOff.properties.dates,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data22.note !== undefined){
let data27 = data22.note;
const _errs79 = errors;
keyword0.errors = null;
const valid34 = keyword0("text", data27, schema49, {instancePath:instancePath+"/daysOff/note",parentData:data22,parentDataProperty:"note",rootData,dynamicAnchors});
if(!valid34){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i12=_errs79; i12<errors; i12++){
const err79 = vErrors[i12];
if(err79.instancePath === undefined){
err79.instancePath = instancePath+"/daysOff/note";
}
err79.schemaPath = "#/$defs/text/x-text";
err79.schema = "text";
err79.data = data27;
}
}
else {
const err80 = {instancePath:instancePath+"/daysOff/note",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data27};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(typeof data27 === "string"){
if(func2(data27) > 10000){
const err81 = {instancePath:instancePath+"/daysOff/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data27};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(func2(data27) < 1){
const err82 = {instancePath:instancePath+"/daysOff/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data27};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/daysOff/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/daysOff",schemaPath:"#/properties/daysOff/type",keyword:"type",params:{type: "object"},schema:schema42.properties.daysOff.type,parentSchema:schema42.properties.daysOff,data:data22};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","title":"project","description":"The engagement as a whole.","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/line","title":"project title","description":"A short title, e.g. \"Weekly blog posts\"."},"summary":{"$ref":"#/$defs/text","title":"project summary","description":"One or two sentences on what the project is for."}},"required":["title"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "title") || (key0 === "summary"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err2 = vErrors[i0];
if(err2.instancePath === undefined){
err2.instancePath = instancePath+"/title";
}
err2.schemaPath = "#/$defs/line/x-text";
err2.schema = "line";
err2.data = data0;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.summary !== undefined){
let data1 = data.summary;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("text", data1, schema49, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err7 = vErrors[i1];
if(err7.instancePath === undefined){
err7.instancePath = instancePath+"/summary";
}
err7.schemaPath = "#/$defs/text/x-text";
err7.schema = "text";
err7.data = data1;
}
}
else {
const err8 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 10000){
const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"type":"object","title":"scope","description":"What the work covers and what it does not.","additionalProperties":false,"properties":{"summary":{"$ref":"#/$defs/text","title":"scope summary","description":"What you will do, in a few sentences."},"outOfScope":{"type":"array","title":"out of scope","description":"Work that is not part of this agreement, e.g. \"uploading and formatting\". Extra work means a change order with extra pay.","items":{"$ref":"#/$defs/line"},"maxItems":200},"retainer":{"type":"object","title":"retainer","description":"For retainers: what one period buys.","additionalProperties":false,"properties":{"hoursPerPeriod":{"type":"integer","title":"hours per period","description":"Hours of work included in each period.","minimum":1,"maximum":2000},"kindsOfWork":{"type":"array","title":"kinds of work","description":"The kinds of work the retainer covers.","items":{"$ref":"#/$defs/line"},"maxItems":200}},"required":[]}},"required":[]};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "summary") || (key0 === "outOfScope")) || (key0 === "retainer"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.summary !== undefined){
let data0 = data.summary;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("text", data0, schema49, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err1 = vErrors[i0];
if(err1.instancePath === undefined){
err1.instancePath = instancePath+"/summary";
}
err1.schemaPath = "#/$defs/text/x-text";
err1.schema = "text";
err1.data = data0;
}
}
else {
const err2 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 10000){
const err3 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.outOfScope !== undefined){
let data1 = data.outOfScope;
if(Array.isArray(data1)){
if(data1.length > 200){
const err6 = {instancePath:instancePath+"/outOfScope",schemaPath:"#/properties/outOfScope/maxItems",keyword:"maxItems",params:{limit: 200},schema:200,parentSchema:schema68.properties.outOfScope,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i1=0; i1<len0; i1++){
let data2 = data1[i1];
const _errs11 = errors;
keyword0.errors = null;
const valid6 = keyword0("line", data2, schema46, {instancePath:instancePath+"/outOfScope/" + i1,parentData:data1,parentDataProperty:i1,rootData,dynamicAnchors});
if(!valid6){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs11; i2<errors; i2++){
const err7 = vErrors[i2];
if(err7.instancePath === undefined){
err7.instancePath = instancePath+"/outOfScope/" + i1;
}
err7.schemaPath = "#/$defs/line/x-text";
err7.schema = "line";
err7.data = data2;
}
}
else {
const err8 = {instancePath:instancePath+"/outOfScope/" + i1,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err9 = {instancePath:instancePath+"/outOfScope/" + i1,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/outOfScope/" + i1,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/outOfScope/" + i1,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/outOfScope",schemaPath:"#/properties/outOfScope/type",keyword:"type",params:{type: "array"},schema:schema68.properties.outOfScope.type,parentSchema:schema68.properties.outOfScope,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.retainer !== undefined){
let data3 = data.retainer;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "hoursPerPeriod") || (key1 === "kindsOfWork"))){
const err13 = {instancePath:instancePath+"/retainer",schemaPath:"#/properties/retainer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema68.properties.retainer,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.hoursPerPeriod !== undefined){
let data4 = data3.hoursPerPeriod;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/retainer/hoursPerPeriod",schemaPath:"#/properties/retainer/properties/hoursPerPeriod/type",keyword:"type",params:{type: "integer"},schema:schema68.properties.retainer.properties.hoursPerPeriod.type,parentSchema:schema68.properties.retainer.properties.hoursPerPeriod,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/retainer/hoursPerPeriod",schemaPath:"#/properties/retainer/properties/hoursPerPeriod/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000},schema:2000,parentSchema:schema68.properties.retainer.properties.hoursPerPeriod,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/retainer/hoursPerPeriod",schemaPath:"#/properties/retainer/properties/hoursPerPeriod/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema68.properties.retainer.properties.hoursPerPeriod,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data3.kindsOfWork !== undefined){
let data5 = data3.kindsOfWork;
if(Array.isArray(data5)){
if(data5.length > 200){
const err17 = {instancePath:instancePath+"/retainer/kindsOfWork",schemaPath:"#/properties/retainer/properties/kindsOfWork/maxItems",keyword:"maxItems",params:{limit: 200},schema:200,parentSchema:schema68.properties.retainer.properties.kindsOfWork,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data5.length;
for(let i3=0; i3<len1; i3++){
let data6 = data5[i3];
const _errs22 = errors;
keyword0.errors = null;
const valid11 = keyword0("line", data6, schema46, {instancePath:instancePath+"/retainer/kindsOfWork/" + i3,parentData:data5,parentDataProperty:i3,rootData,dynamicAnchors});
if(!valid11){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i4=_errs22; i4<errors; i4++){
const err18 = vErrors[i4];
if(err18.instancePath === undefined){
err18.instancePath = instancePath+"/retainer/kindsOfWork/" + i3;
}
err18.schemaPath = "#/$defs/line/x-text";
err18.schema = "line";
err18.data = data6;
}
}
else {
const err19 = {instancePath:instancePath+"/retainer/kindsOfWork/" + i3,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func2(data6) > 500){
const err20 = {instancePath:instancePath+"/retainer/kindsOfWork/" + i3,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/retainer/kindsOfWork/" + i3,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/retainer/kindsOfWork/" + i3,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/retainer/kindsOfWork",schemaPath:"#/properties/retainer/properties/kindsOfWork/type",keyword:"type",params:{type: "array"},schema:schema68.properties.retainer.properties.kindsOfWork.type,parentSchema:schema68.properties.retainer.properties.kindsOfWork,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/retainer",schemaPath:"#/properties/retainer/type",keyword:"type",params:{type: "object"},schema:schema68.properties.retainer.type,parentSchema:schema68.properties.retainer,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"type":"object","title":"deliverable","description":"One concrete, countable thing you deliver.","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/line","title":"deliverable title","description":"What it is, e.g. \"Blog post\"."},"quantity":{"type":"integer","title":"quantity","description":"How many.","minimum":1,"maximum":100000},"unit":{"$ref":"#/$defs/line","title":"unit","description":"What one is, e.g. \"post\", \"episode\", \"page\"."},"specification":{"$ref":"#/$defs/line","title":"specification","description":"Size or standard, e.g. \"500 to 750 words\"."},"frequency":{"type":"string","title":"frequency","description":"How often: once, weekly, fortnightly, monthly or quarterly.","enum":["once","weekly","fortnightly","monthly","quarterly"]},"description":{"$ref":"#/$defs/text","title":"deliverable description","description":"Anything more the client should know."}},"required":["title","quantity"]};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quantity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantity"},schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "title")) || (key0 === "quantity")) || (key0 === "unit")) || (key0 === "specification")) || (key0 === "frequency")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
const _errs8 = errors;
keyword0.errors = null;
const valid3 = keyword0("line", data1, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid3){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs8; i0<errors; i0++){
const err7 = vErrors[i0];
if(err7.instancePath === undefined){
err7.instancePath = instancePath+"/title";
}
err7.schemaPath = "#/$defs/line/x-text";
err7.schema = "line";
err7.data = data1;
}
}
else {
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.quantity !== undefined){
let data2 = data.quantity;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},schema:schema72.properties.quantity.type,parentSchema:schema72.properties.quantity,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},schema:100000,parentSchema:schema72.properties.quantity,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema72.properties.quantity,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.unit !== undefined){
let data3 = data.unit;
const _errs14 = errors;
keyword0.errors = null;
const valid5 = keyword0("line", data3, schema46, {instancePath:instancePath+"/unit",parentData:data,parentDataProperty:"unit",rootData,dynamicAnchors});
if(!valid5){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs14; i1<errors; i1++){
const err15 = vErrors[i1];
if(err15.instancePath === undefined){
err15.instancePath = instancePath+"/unit";
}
err15.schemaPath = "#/$defs/line/x-text";
err15.schema = "line";
err15.data = data3;
}
}
else {
const err16 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err17 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data3) < 1){
const err18 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.specification !== undefined){
let data4 = data.specification;
const _errs18 = errors;
keyword0.errors = null;
const valid7 = keyword0("line", data4, schema46, {instancePath:instancePath+"/specification",parentData:data,parentDataProperty:"specification",rootData,dynamicAnchors});
if(!valid7){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs18; i2<errors; i2++){
const err20 = vErrors[i2];
if(err20.instancePath === undefined){
err20.instancePath = instancePath+"/specification";
}
err20.schemaPath = "#/$defs/line/x-text";
err20.schema = "line";
err20.data = data4;
}
}
else {
const err21 = {instancePath:instancePath+"/specification",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(typeof data4 === "string"){
if(func2(data4) > 500){
const err22 = {instancePath:instancePath+"/specification",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data4) < 1){
const err23 = {instancePath:instancePath+"/specification",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/specification",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.frequency !== undefined){
let data5 = data.frequency;
if(typeof data5 !== "string"){
const err25 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/type",keyword:"type",params:{type: "string"},schema:schema72.properties.frequency.type,parentSchema:schema72.properties.frequency,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((((data5 === "once") || (data5 === "weekly")) || (data5 === "fortnightly")) || (data5 === "monthly")) || (data5 === "quarterly"))){
const err26 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/enum",keyword:"enum",params:{allowedValues: schema72.properties.frequency.enum},schema:schema72.properties.frequency.enum,parentSchema:schema72.properties.frequency,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.description !== undefined){
let data6 = data.description;
const _errs24 = errors;
keyword0.errors = null;
const valid9 = keyword0("text", data6, schema49, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors});
if(!valid9){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i3=_errs24; i3<errors; i3++){
const err27 = vErrors[i3];
if(err27.instancePath === undefined){
err27.instancePath = instancePath+"/description";
}
err27.schemaPath = "#/$defs/text/x-text";
err27.schema = "text";
err27.data = data6;
}
}
else {
const err28 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func2(data6) > 10000){
const err29 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data6) < 1){
const err30 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"type":"object","title":"schedule","description":"Dates and deadlines of both parties.","additionalProperties":false,"properties":{"startDate":{"$ref":"#/$defs/calendarDate","title":"start date","description":"When the work starts (YYYY-MM-DD)."},"endDate":{"$ref":"#/$defs/calendarDate","title":"end date","description":"When the engagement ends, if it has a fixed end."},"termMonths":{"type":"integer","title":"term in months","description":"For ongoing work: the length of the term in months.","minimum":1,"maximum":120},"reviewAfterMonths":{"type":"integer","title":"review after months","description":"Rates and terms are reviewed this many months after the start (6 to 12 is usual).","minimum":1,"maximum":60},"milestones":{"type":"array","title":"milestones","description":"Deadlines of the client (inputs, feedback) and of the freelancer (deliveries); each due on a date or a number of days after another milestone.","items":{"$ref":"#/$defs/milestone"},"maxItems":500}},"required":["startDate"]};
const schema81 = {"type":"object","title":"milestone","description":"A deadline owned by one party.","additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/line","title":"milestone title","description":"What is due, e.g. \"Interview with the founder\"."},"owner":{"type":"string","title":"owner","description":"Who owes it: client or freelancer.","enum":["client","freelancer"]},"dueOn":{"$ref":"#/$defs/calendarDate","title":"due date","description":"An absolute due date. Give this, or after with days or businessDays."},"after":{"$ref":"#/$defs/slug","title":"after","description":"The id of the milestone this one follows."},"days":{"type":"integer","title":"days after","description":"Calendar days after the milestone named in after.","minimum":0,"maximum":3650},"businessDays":{"type":"integer","title":"business days after","description":"Business days (no weekends, days off or public holidays of the owner) after the milestone named in after.","minimum":0,"maximum":2000},"repeat":{"type":"object","title":"repeat","description":"Makes the milestone recur.","additionalProperties":false,"properties":{"every":{"type":"string","title":"every","description":"week, fortnight, month or quarter.","enum":["week","fortnight","month","quarter"]},"times":{"type":"integer","title":"times","description":"How many occurrences in total, including the first.","minimum":2,"maximum":520}},"required":["every","times"]},"description":{"$ref":"#/$defs/text","title":"milestone description","description":"Details, e.g. what the client provides."}},"required":["id","title","owner"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.owner === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema81.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
const _errs8 = errors;
keyword0.errors = null;
const valid3 = keyword0("line", data1, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid3){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs8; i0<errors; i0++){
const err8 = vErrors[i0];
if(err8.instancePath === undefined){
err8.instancePath = instancePath+"/title";
}
err8.schemaPath = "#/$defs/line/x-text";
err8.schema = "line";
err8.data = data1;
}
}
else {
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.owner !== undefined){
let data2 = data.owner;
if(typeof data2 !== "string"){
const err13 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},schema:schema81.properties.owner.type,parentSchema:schema81.properties.owner,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data2 === "client") || (data2 === "freelancer"))){
const err14 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/enum",keyword:"enum",params:{allowedValues: schema81.properties.owner.enum},schema:schema81.properties.owner.enum,parentSchema:schema81.properties.owner,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.dueOn !== undefined){
let data3 = data.dueOn;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/dueOn",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/dueOn",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.after !== undefined){
let data4 = data.after;
if(typeof data4 === "string"){
if(func2(data4) > 64){
const err17 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data4) < 1){
const err18 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern4.test(data4)){
const err19 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.days !== undefined){
let data5 = data.days;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err21 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/type",keyword:"type",params:{type: "integer"},schema:schema81.properties.days.type,parentSchema:schema81.properties.days,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 3650 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},schema:3650,parentSchema:schema81.properties.days,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema81.properties.days,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.businessDays !== undefined){
let data6 = data.businessDays;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err24 = {instancePath:instancePath+"/businessDays",schemaPath:"#/properties/businessDays/type",keyword:"type",params:{type: "integer"},schema:schema81.properties.businessDays.type,parentSchema:schema81.properties.businessDays,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2000 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/businessDays",schemaPath:"#/properties/businessDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000},schema:2000,parentSchema:schema81.properties.businessDays,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/businessDays",schemaPath:"#/properties/businessDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema81.properties.businessDays,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.repeat !== undefined){
let data7 = data.repeat;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.every === undefined){
const err27 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/required",keyword:"required",params:{missingProperty: "every"},schema:schema81.properties.repeat.required,parentSchema:schema81.properties.repeat,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data7.times === undefined){
const err28 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/required",keyword:"required",params:{missingProperty: "times"},schema:schema81.properties.repeat.required,parentSchema:schema81.properties.repeat,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "every") || (key1 === "times"))){
const err29 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema81.properties.repeat,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.every !== undefined){
let data8 = data7.every;
if(typeof data8 !== "string"){
const err30 = {instancePath:instancePath+"/repeat/every",schemaPath:"#/properties/repeat/properties/every/type",keyword:"type",params:{type: "string"},schema:schema81.properties.repeat.properties.every.type,parentSchema:schema81.properties.repeat.properties.every,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((data8 === "week") || (data8 === "fortnight")) || (data8 === "month")) || (data8 === "quarter"))){
const err31 = {instancePath:instancePath+"/repeat/every",schemaPath:"#/properties/repeat/properties/every/enum",keyword:"enum",params:{allowedValues: schema81.properties.repeat.properties.every.enum},schema:schema81.properties.repeat.properties.every.enum,parentSchema:schema81.properties.repeat.properties.every,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.times !== undefined){
let data9 = data7.times;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err32 = {instancePath:instancePath+"/repeat/times",schemaPath:"#/properties/repeat/properties/times/type",keyword:"type",params:{type: "integer"},schema:schema81.properties.repeat.properties.times.type,parentSchema:schema81.properties.repeat.properties.times,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 520 || isNaN(data9)){
const err33 = {instancePath:instancePath+"/repeat/times",schemaPath:"#/properties/repeat/properties/times/maximum",keyword:"maximum",params:{comparison: "<=", limit: 520},schema:520,parentSchema:schema81.properties.repeat.properties.times,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data9 < 2 || isNaN(data9)){
const err34 = {instancePath:instancePath+"/repeat/times",schemaPath:"#/properties/repeat/properties/times/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},schema:2,parentSchema:schema81.properties.repeat.properties.times,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/repeat",schemaPath:"#/properties/repeat/type",keyword:"type",params:{type: "object"},schema:schema81.properties.repeat.type,parentSchema:schema81.properties.repeat,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
const _errs31 = errors;
keyword0.errors = null;
const valid8 = keyword0("text", data10, schema49, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors});
if(!valid8){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs31; i1<errors; i1++){
const err36 = vErrors[i1];
if(err36.instancePath === undefined){
err36.instancePath = instancePath+"/description";
}
err36.schemaPath = "#/$defs/text/x-text";
err36.schema = "text";
err36.data = data10;
}
}
else {
const err37 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(typeof data10 === "string"){
if(func2(data10) > 10000){
const err38 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.startDate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "startDate"},schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "startDate") || (key0 === "endDate")) || (key0 === "termMonths")) || (key0 === "reviewAfterMonths")) || (key0 === "milestones"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.startDate !== undefined){
let data0 = data.startDate;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/startDate",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/startDate",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.endDate !== undefined){
let data1 = data.endDate;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/endDate",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/endDate",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.termMonths !== undefined){
let data2 = data.termMonths;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/termMonths",schemaPath:"#/properties/termMonths/type",keyword:"type",params:{type: "integer"},schema:schema78.properties.termMonths.type,parentSchema:schema78.properties.termMonths,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 120 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/termMonths",schemaPath:"#/properties/termMonths/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},schema:120,parentSchema:schema78.properties.termMonths,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/termMonths",schemaPath:"#/properties/termMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema78.properties.termMonths,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.reviewAfterMonths !== undefined){
let data3 = data.reviewAfterMonths;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/reviewAfterMonths",schemaPath:"#/properties/reviewAfterMonths/type",keyword:"type",params:{type: "integer"},schema:schema78.properties.reviewAfterMonths.type,parentSchema:schema78.properties.reviewAfterMonths,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 60 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/reviewAfterMonths",schemaPath:"#/properties/reviewAfterMonths/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},schema:60,parentSchema:schema78.properties.reviewAfterMonths,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/reviewAfterMonths",schemaPath:"#/properties/reviewAfterMonths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema78.properties.reviewAfterMonths,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.milestones !== undefined){
let data4 = data.milestones;
if(Array.isArray(data4)){
if(data4.length > 500){
const err12 = {instancePath:instancePath+"/milestones",schemaPath:"#/properties/milestones/maxItems",keyword:"maxItems",params:{limit: 500},schema:500,parentSchema:schema78.properties.milestones,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate41(data4[i0], {instancePath:instancePath+"/milestones/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/milestones",schemaPath:"#/properties/milestones/type",keyword:"type",params:{type: "array"},schema:schema78.properties.milestones.type,parentSchema:schema78.properties.milestones,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema87 = {"type":"object","title":"method","description":"How the work is done.","additionalProperties":false,"properties":{"images":{"$ref":"#/$defs/text","title":"images","description":"Where images come from and who licenses them."},"revisionRounds":{"type":"integer","title":"revision rounds","description":"Rounds of revisions included in the fee.","minimum":0,"maximum":20},"fileFormats":{"type":"array","title":"file formats","description":"The formats files are delivered in, e.g. \"DOCX\", \"MP3 (192 kbps)\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"research":{"$ref":"#/$defs/text","title":"research depth","description":"How deep research goes, e.g. \"up to 3 sources per post\"."},"tools":{"type":"array","title":"tools","description":"Tools used, e.g. \"Google Docs\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"subcontractors":{"type":"array","title":"subcontractors","description":"Tasks done by others, and on whose timeline.","items":{"$ref":"#/$defs/subcontractor"},"maxItems":20}},"required":[]};
const schema92 = {"type":"object","title":"subcontractor","description":"A task someone else does.","additionalProperties":false,"properties":{"task":{"$ref":"#/$defs/line","title":"task","description":"What they do."},"who":{"$ref":"#/$defs/name","title":"who","description":"Who does it."},"leadTimeDays":{"type":"integer","title":"lead time in days","description":"Days they need.","minimum":0,"maximum":365}},"required":["task","who"]};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.task === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.who === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "who"},schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "task") || (key0 === "who")) || (key0 === "leadTimeDays"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.task !== undefined){
let data0 = data.task;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err3 = vErrors[i0];
if(err3.instancePath === undefined){
err3.instancePath = instancePath+"/task";
}
err3.schemaPath = "#/$defs/line/x-text";
err3.schema = "line";
err3.data = data0;
}
}
else {
const err4 = {instancePath:instancePath+"/task",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err5 = {instancePath:instancePath+"/task",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/task",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/task",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.who !== undefined){
let data1 = data.who;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("name", data1, schema43, {instancePath:instancePath+"/who",parentData:data,parentDataProperty:"who",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err8 = vErrors[i1];
if(err8.instancePath === undefined){
err8.instancePath = instancePath+"/who";
}
err8.schemaPath = "#/$defs/name/x-text";
err8.schema = "name";
err8.data = data1;
}
}
else {
const err9 = {instancePath:instancePath+"/who",schemaPath:"#/$defs/name/x-text",keyword:"x-text",params:{},schema:"name",parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err10 = {instancePath:instancePath+"/who",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},schema:200,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/who",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/who",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.leadTimeDays !== undefined){
let data2 = data.leadTimeDays;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/leadTimeDays",schemaPath:"#/properties/leadTimeDays/type",keyword:"type",params:{type: "integer"},schema:schema92.properties.leadTimeDays.type,parentSchema:schema92.properties.leadTimeDays,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 365 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/leadTimeDays",schemaPath:"#/properties/leadTimeDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},schema:365,parentSchema:schema92.properties.leadTimeDays,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/leadTimeDays",schemaPath:"#/properties/leadTimeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema92.properties.leadTimeDays,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema92.type,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "images") || (key0 === "revisionRounds")) || (key0 === "fileFormats")) || (key0 === "research")) || (key0 === "tools")) || (key0 === "subcontractors"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.images !== undefined){
let data0 = data.images;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("text", data0, schema49, {instancePath:instancePath+"/images",parentData:data,parentDataProperty:"images",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err1 = vErrors[i0];
if(err1.instancePath === undefined){
err1.instancePath = instancePath+"/images";
}
err1.schemaPath = "#/$defs/text/x-text";
err1.schema = "text";
err1.data = data0;
}
}
else {
const err2 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 10000){
const err3 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.revisionRounds !== undefined){
let data1 = data.revisionRounds;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/revisionRounds",schemaPath:"#/properties/revisionRounds/type",keyword:"type",params:{type: "integer"},schema:schema87.properties.revisionRounds.type,parentSchema:schema87.properties.revisionRounds,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 20 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/revisionRounds",schemaPath:"#/properties/revisionRounds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},schema:20,parentSchema:schema87.properties.revisionRounds,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/revisionRounds",schemaPath:"#/properties/revisionRounds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema87.properties.revisionRounds,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.fileFormats !== undefined){
let data2 = data.fileFormats;
if(Array.isArray(data2)){
if(data2.length > 30){
const err9 = {instancePath:instancePath+"/fileFormats",schemaPath:"#/properties/fileFormats/maxItems",keyword:"maxItems",params:{limit: 30},schema:30,parentSchema:schema87.properties.fileFormats,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i1=0; i1<len0; i1++){
let data3 = data2[i1];
const _errs13 = errors;
keyword0.errors = null;
const valid6 = keyword0("line", data3, schema46, {instancePath:instancePath+"/fileFormats/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors});
if(!valid6){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs13; i2<errors; i2++){
const err10 = vErrors[i2];
if(err10.instancePath === undefined){
err10.instancePath = instancePath+"/fileFormats/" + i1;
}
err10.schemaPath = "#/$defs/line/x-text";
err10.schema = "line";
err10.data = data3;
}
}
else {
const err11 = {instancePath:instancePath+"/fileFormats/" + i1,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err12 = {instancePath:instancePath+"/fileFormats/" + i1,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data3) < 1){
const err13 = {instancePath:instancePath+"/fileFormats/" + i1,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/fileFormats/" + i1,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/fileFormats",schemaPath:"#/properties/fileFormats/type",keyword:"type",params:{type: "array"},schema:schema87.properties.fileFormats.type,parentSchema:schema87.properties.fileFormats,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.research !== undefined){
let data4 = data.research;
const _errs17 = errors;
keyword0.errors = null;
const valid8 = keyword0("text", data4, schema49, {instancePath:instancePath+"/research",parentData:data,parentDataProperty:"research",rootData,dynamicAnchors});
if(!valid8){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i3=_errs17; i3<errors; i3++){
const err16 = vErrors[i3];
if(err16.instancePath === undefined){
err16.instancePath = instancePath+"/research";
}
err16.schemaPath = "#/$defs/text/x-text";
err16.schema = "text";
err16.data = data4;
}
}
else {
const err17 = {instancePath:instancePath+"/research",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data4 === "string"){
if(func2(data4) > 10000){
const err18 = {instancePath:instancePath+"/research",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/research",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/research",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.tools !== undefined){
let data5 = data.tools;
if(Array.isArray(data5)){
if(data5.length > 30){
const err21 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/maxItems",keyword:"maxItems",params:{limit: 30},schema:30,parentSchema:schema87.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data5.length;
for(let i4=0; i4<len1; i4++){
let data6 = data5[i4];
const _errs23 = errors;
keyword0.errors = null;
const valid12 = keyword0("line", data6, schema46, {instancePath:instancePath+"/tools/" + i4,parentData:data5,parentDataProperty:i4,rootData,dynamicAnchors});
if(!valid12){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i5=_errs23; i5<errors; i5++){
const err22 = vErrors[i5];
if(err22.instancePath === undefined){
err22.instancePath = instancePath+"/tools/" + i4;
}
err22.schemaPath = "#/$defs/line/x-text";
err22.schema = "line";
err22.data = data6;
}
}
else {
const err23 = {instancePath:instancePath+"/tools/" + i4,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func2(data6) > 500){
const err24 = {instancePath:instancePath+"/tools/" + i4,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data6) < 1){
const err25 = {instancePath:instancePath+"/tools/" + i4,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/tools/" + i4,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},schema:schema87.properties.tools.type,parentSchema:schema87.properties.tools,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.subcontractors !== undefined){
let data7 = data.subcontractors;
if(Array.isArray(data7)){
if(data7.length > 20){
const err28 = {instancePath:instancePath+"/subcontractors",schemaPath:"#/properties/subcontractors/maxItems",keyword:"maxItems",params:{limit: 20},schema:20,parentSchema:schema87.properties.subcontractors,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data7.length;
for(let i6=0; i6<len2; i6++){
if(!(validate45(data7[i6], {instancePath:instancePath+"/subcontractors/" + i6,parentData:data7,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/subcontractors",schemaPath:"#/properties/subcontractors/type",keyword:"type",params:{type: "array"},schema:schema87.properties.subcontractors.type,parentSchema:schema87.properties.subcontractors,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"type":"object","title":"fees","description":"What the work costs and how it is paid.","additionalProperties":false,"properties":{"model":{"type":"string","title":"pricing model","description":"fixed-fee, retainer, day-rate, week-rate, month-rate or hourly (hourly is allowed but a project or period rate usually serves both sides better).","enum":["fixed-fee","retainer","day-rate","week-rate","month-rate","hourly"]},"amount":{"$ref":"#/$defs/money","title":"fee amount","description":"The project fee, or the rate per period, day, week, month or hour as the pricing model says."},"estimatedUnits":{"type":"integer","title":"estimated units","description":"For day, week and hourly rates: the estimated number of days, weeks or hours.","minimum":1,"maximum":10000},"deposit":{"type":"object","title":"deposit","description":"What is paid before work starts. Give percent or amount.","additionalProperties":false,"properties":{"percent":{"$ref":"#/$defs/percent","title":"deposit percent"},"amount":{"$ref":"#/$defs/money","title":"deposit amount"},"refundable":{"type":"boolean","title":"refundable","description":"Whether the deposit is refunded if the client ends the engagement. Defaults to false.","default":false}},"required":[]},"instalments":{"type":"array","title":"payment schedule","description":"How the fee is split. Percentages must add up to 100; the deposit, when given, is the first instalment.","items":{"$ref":"#/$defs/instalment"},"maxItems":60},"netDays":{"type":"integer","title":"payment terms","description":"Days after the invoice date that payment is due (net days).","minimum":0,"maximum":365},"lateFee":{"type":"object","title":"late fee","description":"Charged on overdue amounts. Give percent or amount, and the period.","additionalProperties":false,"properties":{"percent":{"$ref":"#/$defs/percent","title":"late fee percent"},"amount":{"$ref":"#/$defs/money","title":"late fee amount"},"per":{"type":"string","title":"late fee period","description":"Per day, week, month, year, or once per invoice.","enum":["day","week","month","year","invoice"]},"graceDays":{"type":"integer","title":"grace days","description":"Days after the due date before the fee applies.","minimum":0,"maximum":120}},"required":[]},"rushFee":{"type":"object","title":"rush fee","description":"Extra charge for rushed work.","additionalProperties":false,"properties":{"percent":{"type":"number","title":"rush fee percent","description":"Extra charge as a percentage of the normal price, from 0 to 500.","minimum":0,"maximum":500},"noticeUnderDays":{"type":"integer","title":"rush threshold in days","description":"Work requested with less notice than this many days counts as rushed.","minimum":1,"maximum":90}},"required":["percent","noticeUnderDays"]},"extraRevision":{"$ref":"#/$defs/money","title":"extra revision price","description":"Price of each revision round beyond those included."},"extraWork":{"type":"object","title":"rate for extra work","description":"Rate for work beyond the scope.","additionalProperties":false,"properties":{"amount":{"$ref":"#/$defs/money","title":"extra work rate"},"per":{"type":"string","title":"extra work unit","description":"hour, day or item.","enum":["hour","day","item"]}},"required":["amount","per"]},"expenses":{"type":"object","title":"expenses","description":"Who pays for travel and other expenses.","additionalProperties":false,"properties":{"paidBy":{"type":"string","title":"expenses paid by","description":"client or freelancer.","enum":["client","freelancer"]},"preApprovalAbove":{"$ref":"#/$defs/money","title":"pre-approval threshold","description":"Expenses above this need the client's written approval first."},"note":{"$ref":"#/$defs/text","title":"expenses note","description":"E.g. which expenses are covered."}},"required":["paidBy"]},"stepUp":{"type":"object","title":"rate step-up","description":"A rate that rises after a trial period.","additionalProperties":false,"properties":{"afterDays":{"type":"integer","title":"step-up after days","description":"Days after the start date.","minimum":1,"maximum":3650},"amount":{"$ref":"#/$defs/money","title":"stepped-up amount"},"condition":{"$ref":"#/$defs/text","title":"step-up condition","description":"The metrics that must be met, if any."}},"required":["afterDays","amount"]},"termination":{"type":"object","title":"termination","description":"Ending the engagement before completion.","additionalProperties":false,"properties":{"noticeDays":{"type":"integer","title":"notice days","description":"Days of written notice either party gives.","minimum":0,"maximum":365},"killFee":{"type":"object","title":"kill fee","description":"Paid when the client ends the project early. Give percent (of the remaining fee) or amount.","additionalProperties":false,"properties":{"percent":{"$ref":"#/$defs/percent","title":"kill fee percent"},"amount":{"$ref":"#/$defs/money","title":"kill fee amount"}},"required":[]},"owed":{"type":"array","title":"owed on termination","description":"What the client owes on termination, e.g. \"all work done to date\".","items":{"$ref":"#/$defs/line"},"maxItems":20}},"required":[]}},"required":["model","amount"]};
const schema96 = {"title":"amount","description":"An amount in the engagement's currency: a JSON number (1500 or 1500.5) or a decimal string (\"1500.50\"). No thousands separators.","examples":["1500.00"],"type":["number","string"],"x-money":true};
const schema97 = {"type":"number","title":"percent","description":"A percentage from 0 to 100.","minimum":0,"maximum":100};
const keyword29 = keywordValidators["x-money"];
const schema99 = {"type":"object","title":"instalment","description":"One payment. Give percent or amount, and when it is due.","additionalProperties":false,"properties":{"label":{"$ref":"#/$defs/line","title":"instalment label","description":"E.g. \"Balance\"."},"percent":{"$ref":"#/$defs/percent","title":"instalment percent"},"amount":{"$ref":"#/$defs/money","title":"instalment amount"},"due":{"type":"string","title":"due","description":"signing, start, completion, or milestone (then name it in milestone), or date (then give dueOn).","enum":["signing","start","completion","milestone","date"]},"milestone":{"$ref":"#/$defs/slug","title":"milestone","description":"The milestone id this instalment is due on."},"dueOn":{"$ref":"#/$defs/calendarDate","title":"instalment due date","description":"The date this instalment is due."}},"required":["label","due"]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.due === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "due"},schema:schema99.required,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "label") || (key0 === "percent")) || (key0 === "amount")) || (key0 === "due")) || (key0 === "milestone")) || (key0 === "dueOn"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err3 = vErrors[i0];
if(err3.instancePath === undefined){
err3.instancePath = instancePath+"/label";
}
err3.schemaPath = "#/$defs/line/x-text";
err3.schema = "line";
err3.data = data0;
}
}
else {
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.percent !== undefined){
let data1 = data.percent;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/percent",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},schema:100,parentSchema:schema97,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/percent",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema97,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/percent",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},schema:schema97.type,parentSchema:schema97,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (typeof data2 !== "string")){
const err11 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs12 = errors;
keyword29.errors = null;
const valid5 = keyword29(true, data2, schema96, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid5){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i1=_errs12; i1<errors; i1++){
const err12 = vErrors[i1];
if(err12.instancePath === undefined){
err12.instancePath = instancePath+"/amount";
}
err12.schemaPath = "#/$defs/money/x-money";
err12.schema = true;
err12.data = data2;
}
}
else {
const err13 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.due !== undefined){
let data3 = data.due;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/due",schemaPath:"#/properties/due/type",keyword:"type",params:{type: "string"},schema:schema99.properties.due.type,parentSchema:schema99.properties.due,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((data3 === "signing") || (data3 === "start")) || (data3 === "completion")) || (data3 === "milestone")) || (data3 === "date"))){
const err15 = {instancePath:instancePath+"/due",schemaPath:"#/properties/due/enum",keyword:"enum",params:{allowedValues: schema99.properties.due.enum},schema:schema99.properties.due.enum,parentSchema:schema99.properties.due,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.milestone !== undefined){
let data4 = data.milestone;
if(typeof data4 === "string"){
if(func2(data4) > 64){
const err16 = {instancePath:instancePath+"/milestone",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data4) < 1){
const err17 = {instancePath:instancePath+"/milestone",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data4)){
const err18 = {instancePath:instancePath+"/milestone",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/milestone",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.dueOn !== undefined){
let data5 = data.dueOn;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err20 = {instancePath:instancePath+"/dueOn",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/dueOn",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},schema:schema95.required,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema95.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.model !== undefined){
let data0 = data.model;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},schema:schema95.properties.model.type,parentSchema:schema95.properties.model,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((data0 === "fixed-fee") || (data0 === "retainer")) || (data0 === "day-rate")) || (data0 === "week-rate")) || (data0 === "month-rate")) || (data0 === "hourly"))){
const err4 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/enum",keyword:"enum",params:{allowedValues: schema95.properties.model.enum},schema:schema95.properties.model.enum,parentSchema:schema95.properties.model,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (typeof data1 !== "string")){
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs7 = errors;
keyword29.errors = null;
const valid2 = keyword29(true, data1, schema96, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i0=_errs7; i0<errors; i0++){
const err6 = vErrors[i0];
if(err6.instancePath === undefined){
err6.instancePath = instancePath+"/amount";
}
err6.schemaPath = "#/$defs/money/x-money";
err6.schema = true;
err6.data = data1;
}
}
else {
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.estimatedUnits !== undefined){
let data2 = data.estimatedUnits;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/estimatedUnits",schemaPath:"#/properties/estimatedUnits/type",keyword:"type",params:{type: "integer"},schema:schema95.properties.estimatedUnits.type,parentSchema:schema95.properties.estimatedUnits,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10000 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/estimatedUnits",schemaPath:"#/properties/estimatedUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},schema:10000,parentSchema:schema95.properties.estimatedUnits,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/estimatedUnits",schemaPath:"#/properties/estimatedUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema95.properties.estimatedUnits,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.deposit !== undefined){
let data3 = data.deposit;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((key1 === "percent") || (key1 === "amount")) || (key1 === "refundable"))){
const err11 = {instancePath:instancePath+"/deposit",schemaPath:"#/properties/deposit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema95.properties.deposit,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.percent !== undefined){
let data4 = data3.percent;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/deposit/percent",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},schema:100,parentSchema:schema97,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/deposit/percent",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema97,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/deposit/percent",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},schema:schema97.type,parentSchema:schema97,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.amount !== undefined){
let data5 = data3.amount;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")){
const err15 = {instancePath:instancePath+"/deposit/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs19 = errors;
keyword29.errors = null;
const valid6 = keyword29(true, data5, schema96, {instancePath:instancePath+"/deposit/amount",parentData:data3,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid6){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i1=_errs19; i1<errors; i1++){
const err16 = vErrors[i1];
if(err16.instancePath === undefined){
err16.instancePath = instancePath+"/deposit/amount";
}
err16.schemaPath = "#/$defs/money/x-money";
err16.schema = true;
err16.data = data5;
}
}
else {
const err17 = {instancePath:instancePath+"/deposit/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data3.refundable !== undefined){
let data6 = data3.refundable;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/deposit/refundable",schemaPath:"#/properties/deposit/properties/refundable/type",keyword:"type",params:{type: "boolean"},schema:schema95.properties.deposit.properties.refundable.type,parentSchema:schema95.properties.deposit.properties.refundable,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/deposit",schemaPath:"#/properties/deposit/type",keyword:"type",params:{type: "object"},schema:schema95.properties.deposit.type,parentSchema:schema95.properties.deposit,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.instalments !== undefined){
let data7 = data.instalments;
if(Array.isArray(data7)){
if(data7.length > 60){
const err20 = {instancePath:instancePath+"/instalments",schemaPath:"#/properties/instalments/maxItems",keyword:"maxItems",params:{limit: 60},schema:60,parentSchema:schema95.properties.instalments,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data7.length;
for(let i2=0; i2<len0; i2++){
if(!(validate49(data7[i2], {instancePath:instancePath+"/instalments/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/instalments",schemaPath:"#/properties/instalments/type",keyword:"type",params:{type: "array"},schema:schema95.properties.instalments.type,parentSchema:schema95.properties.instalments,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.netDays !== undefined){
let data9 = data.netDays;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/netDays",schemaPath:"#/properties/netDays/type",keyword:"type",params:{type: "integer"},schema:schema95.properties.netDays.type,parentSchema:schema95.properties.netDays,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 365 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/netDays",schemaPath:"#/properties/netDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},schema:365,parentSchema:schema95.properties.netDays,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/netDays",schemaPath:"#/properties/netDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema95.properties.netDays,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.lateFee !== undefined){
let data10 = data.lateFee;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!((((key2 === "percent") || (key2 === "amount")) || (key2 === "per")) || (key2 === "graceDays"))){
const err25 = {instancePath:instancePath+"/lateFee",schemaPath:"#/properties/lateFee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},schema:false,parentSchema:schema95.properties.lateFee,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.percent !== undefined){
let data11 = data10.percent;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/lateFee/percent",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},schema:100,parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/lateFee/percent",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/lateFee/percent",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},schema:schema97.type,parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.amount !== undefined){
let data12 = data10.amount;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (typeof data12 !== "string")){
const err29 = {instancePath:instancePath+"/lateFee/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const _errs36 = errors;
keyword29.errors = null;
const valid12 = keyword29(true, data12, schema96, {instancePath:instancePath+"/lateFee/amount",parentData:data10,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid12){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i3=_errs36; i3<errors; i3++){
const err30 = vErrors[i3];
if(err30.instancePath === undefined){
err30.instancePath = instancePath+"/lateFee/amount";
}
err30.schemaPath = "#/$defs/money/x-money";
err30.schema = true;
err30.data = data12;
}
}
else {
const err31 = {instancePath:instancePath+"/lateFee/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data10.per !== undefined){
let data13 = data10.per;
if(typeof data13 !== "string"){
const err32 = {instancePath:instancePath+"/lateFee/per",schemaPath:"#/properties/lateFee/properties/per/type",keyword:"type",params:{type: "string"},schema:schema95.properties.lateFee.properties.per.type,parentSchema:schema95.properties.lateFee.properties.per,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((((data13 === "day") || (data13 === "week")) || (data13 === "month")) || (data13 === "year")) || (data13 === "invoice"))){
const err33 = {instancePath:instancePath+"/lateFee/per",schemaPath:"#/properties/lateFee/properties/per/enum",keyword:"enum",params:{allowedValues: schema95.properties.lateFee.properties.per.enum},schema:schema95.properties.lateFee.properties.per.enum,parentSchema:schema95.properties.lateFee.properties.per,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.graceDays !== undefined){
let data14 = data10.graceDays;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err34 = {instancePath:instancePath+"/lateFee/graceDays",schemaPath:"#/properties/lateFee/properties/graceDays/type",keyword:"type",params:{type: "integer"},schema:schema95.properties.lateFee.properties.graceDays.type,parentSchema:schema95.properties.lateFee.properties.graceDays,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 120 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/lateFee/graceDays",schemaPath:"#/properties/lateFee/properties/graceDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},schema:120,parentSchema:schema95.properties.lateFee.properties.graceDays,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/lateFee/graceDays",schemaPath:"#/properties/lateFee/properties/graceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema95.properties.lateFee.properties.graceDays,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/lateFee",schemaPath:"#/properties/lateFee/type",keyword:"type",params:{type: "object"},schema:schema95.properties.lateFee.type,parentSchema:schema95.properties.lateFee,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.rushFee !== undefined){
let data15 = data.rushFee;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.percent === undefined){
const err38 = {instancePath:instancePath+"/rushFee",schemaPath:"#/properties/rushFee/required",keyword:"required",params:{missingProperty: "percent"},schema:schema95.properties.rushFee.required,parentSchema:schema95.properties.rushFee,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.noticeUnderDays === undefined){
const err39 = {instancePath:instancePath+"/rushFee",schemaPath:"#/properties/rushFee/required",keyword:"required",params:{missingProperty: "noticeUnderDays"},schema:schema95.properties.rushFee.required,parentSchema:schema95.properties.rushFee,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key3 in data15){
if(!((key3 === "percent") || (key3 === "noticeUnderDays"))){
const err40 = {instancePath:instancePath+"/rushFee",schemaPath:"#/properties/rushFee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},schema:false,parentSchema:schema95.properties.rushFee,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data15.percent !== undefined){
let data16 = data15.percent;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 500 || isNaN(data16)){
const err41 = {instancePath:instancePath+"/rushFee/percent",schemaPath:"#/properties/rushFee/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},schema:500,parentSchema:schema95.properties.rushFee.properties.percent,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/rushFee/percent",schemaPath:"#/properties/rushFee/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema95.properties.rushFee.properties.percent,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/rushFee/percent",schemaPath:"#/properties/rushFee/properties/percent/type",keyword:"type",params:{type: "number"},schema:schema95.properties.rushFee.properties.percent.type,parentSchema:schema95.properties.rushFee.properties.percent,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data15.noticeUnderDays !== undefined){
let data17 = data15.noticeUnderDays;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err44 = {instancePath:instancePath+"/rushFee/noticeUnderDays",schemaPath:"#/properties/rushFee/properties/noticeUnderDays/type",keyword:"type",params:{type: "integer"},schema:schema95.properties.rushFee.properties.noticeUnderDays.type,parentSchema:schema95.properties.rushFee.properties.noticeUnderDays,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 90 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/rushFee/noticeUnderDays",schemaPath:"#/properties/rushFee/properties/noticeUnderDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},schema:90,parentSchema:schema95.properties.rushFee.properties.noticeUnderDays,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/rushFee/noticeUnderDays",schemaPath:"#/properties/rushFee/properties/noticeUnderDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema95.properties.rushFee.properties.noticeUnderDays,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/rushFee",schemaPath:"#/properties/rushFee/type",keyword:"type",params:{type: "object"},schema:schema95.properties.rushFee.type,parentSchema:schema95.properties.rushFee,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.extraRevision !== undefined){
let data18 = data.extraRevision;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (typeof data18 !== "string")){
const err48 = {instancePath:instancePath+"/extraRevision",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const _errs51 = errors;
keyword29.errors = null;
const valid15 = keyword29(true, data18, schema96, {instancePath:instancePath+"/extraRevision",parentData:data,parentDataProperty:"extraRevision",rootData,dynamicAnchors});
if(!valid15){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i4=_errs51; i4<errors; i4++){
const err49 = vErrors[i4];
if(err49.instancePath === undefined){
err49.instancePath = instancePath+"/extraRevision";
}
err49.schemaPath = "#/$defs/money/x-money";
err49.schema = true;
err49.data = data18;
}
}
else {
const err50 = {instancePath:instancePath+"/extraRevision",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data.extraWork !== undefined){
let data19 = data.extraWork;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.amount === undefined){
const err51 = {instancePath:instancePath+"/extraWork",schemaPath:"#/properties/extraWork/required",keyword:"required",params:{missingProperty: "amount"},schema:schema95.properties.extraWork.required,parentSchema:schema95.properties.extraWork,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data19.per === undefined){
const err52 = {instancePath:instancePath+"/extraWork",schemaPath:"#/properties/extraWork/required",keyword:"required",params:{missingProperty: "per"},schema:schema95.properties.extraWork.required,parentSchema:schema95.properties.extraWork,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key4 in data19){
if(!((key4 === "amount") || (key4 === "per"))){
const err53 = {instancePath:instancePath+"/extraWork",schemaPath:"#/properties/extraWork/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},schema:false,parentSchema:schema95.properties.extraWork,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data19.amount !== undefined){
let data20 = data19.amount;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (typeof data20 !== "string")){
const err54 = {instancePath:instancePath+"/extraWork/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const _errs58 = errors;
keyword29.errors = null;
const valid18 = keyword29(true, data20, schema96, {instancePath:instancePath+"/extraWork/amount",parentData:data19,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid18){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i5=_errs58; i5<errors; i5++){
const err55 = vErrors[i5];
if(err55.instancePath === undefined){
err55.instancePath = instancePath+"/extraWork/amount";
}
err55.schemaPath = "#/$defs/money/x-money";
err55.schema = true;
err55.data = data20;
}
}
else {
const err56 = {instancePath:instancePath+"/extraWork/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data19.per !== undefined){
let data21 = data19.per;
if(typeof data21 !== "string"){
const err57 = {instancePath:instancePath+"/extraWork/per",schemaPath:"#/properties/extraWork/properties/per/type",keyword:"type",params:{type: "string"},schema:schema95.properties.extraWork.properties.per.type,parentSchema:schema95.properties.extraWork.properties.per,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!(((data21 === "hour") || (data21 === "day")) || (data21 === "item"))){
const err58 = {instancePath:instancePath+"/extraWork/per",schemaPath:"#/properties/extraWork/properties/per/enum",keyword:"enum",params:{allowedValues: schema95.properties.extraWork.properties.per.enum},schema:schema95.properties.extraWork.properties.per.enum,parentSchema:schema95.properties.extraWork.properties.per,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/extraWork",schemaPath:"#/properties/extraWork/type",keyword:"type",params:{type: "object"},schema:schema95.properties.extraWork.type,parentSchema:schema95.properties.extraWork,data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.expenses !== undefined){
let data22 = data.expenses;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.paidBy === undefined){
const err60 = {instancePath:instancePath+"/expenses",schemaPath:"#/properties/expenses/required",keyword:"required",params:{missingProperty: "paidBy"},schema:schema95.properties.expenses.required,parentSchema:schema95.properties.expenses,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key5 in data22){
if(!(((key5 === "paidBy") || (key5 === "preApprovalAbove")) || (key5 === "note"))){
const err61 = {instancePath:instancePath+"/expenses",schemaPath:"#/properties/expenses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},schema:false,parentSchema:schema95.properties.expenses,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data22.paidBy !== undefined){
let data23 = data22.paidBy;
if(typeof data23 !== "string"){
const err62 = {instancePath:instancePath+"/expenses/paidBy",schemaPath:"#/properties/expenses/properties/paidBy/type",keyword:"type",params:{type: "string"},schema:schema95.properties.expenses.properties.paidBy.type,parentSchema:schema95.properties.expenses.properties.paidBy,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!((data23 === "client") || (data23 === "freelancer"))){
const err63 = {instancePath:instancePath+"/expenses/paidBy",schemaPath:"#/properties/expenses/properties/paidBy/enum",keyword:"enum",params:{allowedValues: schema95.properties.expenses.properties.paidBy.enum},schema:schema95.properties.expenses.properties.paidBy.enum,parentSchema:schema95.properties.expenses.properties.paidBy,data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data22.preApprovalAbove !== undefined){
let data24 = data22.preApprovalAbove;
if((!((typeof data24 == "number") && (isFinite(data24)))) && (typeof data24 !== "string")){
const err64 = {instancePath:instancePath+"/expenses/preApprovalAbove",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data24};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const _errs69 = errors;
keyword29.errors = null;
const valid21 = keyword29(true, data24, schema96, {instancePath:instancePath+"/expenses/preApprovalAbove",parentData:data22,parentDataProperty:"preApprovalAbove",rootData,dynamicAnchors});
if(!valid21){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i6=_errs69; i6<errors; i6++){
const err65 = vErrors[i6];
if(err65.instancePath === undefined){
err65.instancePath = instancePath+"/expenses/preApprovalAbove";
}
err65.schemaPath = "#/$defs/money/x-money";
err65.schema = true;
err65.data = data24;
}
}
else {
const err66 = {instancePath:instancePath+"/expenses/preApprovalAbove",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data22.note !== undefined){
let data25 = data22.note;
const _errs73 = errors;
keyword0.errors = null;
const valid23 = keyword0("text", data25, schema49, {instancePath:instancePath+"/expenses/note",parentData:data22,parentDataProperty:"note",rootData,dynamicAnchors});
if(!valid23){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i7=_errs73; i7<errors; i7++){
const err67 = vErrors[i7];
if(err67.instancePath === undefined){
err67.instancePath = instancePath+"/expenses/note";
}
err67.schemaPath = "#/$defs/text/x-text";
err67.schema = "text";
err67.data = data25;
}
}
else {
const err68 = {instancePath:instancePath+"/expenses/note",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(typeof data25 === "string"){
if(func2(data25) > 10000){
const err69 = {instancePath:instancePath+"/expenses/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func2(data25) < 1){
const err70 = {instancePath:instancePath+"/expenses/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/expenses/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/expenses",schemaPath:"#/properties/expenses/type",keyword:"type",params:{type: "object"},schema:schema95.properties.expenses.type,parentSchema:schema95.properties.expenses,data:data22};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.stepUp !== undefined){
let data26 = data.stepUp;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.afterDays === undefined){
const err73 = {instancePath:instancePath+"/stepUp",schemaPath:"#/properties/stepUp/required",keyword:"required",params:{missingProperty: "afterDays"},schema:schema95.properties.stepUp.required,parentSchema:schema95.properties.stepUp,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data26.amount === undefined){
const err74 = {instancePath:instancePath+"/stepUp",schemaPath:"#/properties/stepUp/required",keyword:"required",params:{missingProperty: "amount"},schema:schema95.properties.stepUp.required,parentSchema:schema95.properties.stepUp,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key6 in data26){
if(!(((key6 === "afterDays") || (key6 === "amount")) || (key6 === "condition"))){
const err75 = {instancePath:instancePath+"/stepUp",schemaPath:"#/properties/stepUp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},schema:false,parentSchema:schema95.properties.stepUp,data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data26.afterDays !== undefined){
let data27 = data26.afterDays;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err76 = {instancePath:instancePath+"/stepUp/afterDays",schemaPath:"#/properties/stepUp/properties/afterDays/type",keyword:"type",params:{type: "integer"},schema:schema95.properties.stepUp.properties.afterDays.type,parentSchema:schema95.properties.stepUp.properties.afterDays,data:data27};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 3650 || isNaN(data27)){
const err77 = {instancePath:instancePath+"/stepUp/afterDays",schemaPath:"#/properties/stepUp/properties/afterDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},schema:3650,parentSchema:schema95.properties.stepUp.properties.afterDays,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err78 = {instancePath:instancePath+"/stepUp/afterDays",schemaPath:"#/properties/stepUp/properties/afterDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema95.properties.stepUp.properties.afterDays,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data26.amount !== undefined){
let data28 = data26.amount;
if((!((typeof data28 == "number") && (isFinite(data28)))) && (typeof data28 !== "string")){
const err79 = {instancePath:instancePath+"/stepUp/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const _errs82 = errors;
keyword29.errors = null;
const valid26 = keyword29(true, data28, schema96, {instancePath:instancePath+"/stepUp/amount",parentData:data26,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid26){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i8=_errs82; i8<errors; i8++){
const err80 = vErrors[i8];
if(err80.instancePath === undefined){
err80.instancePath = instancePath+"/stepUp/amount";
}
err80.schemaPath = "#/$defs/money/x-money";
err80.schema = true;
err80.data = data28;
}
}
else {
const err81 = {instancePath:instancePath+"/stepUp/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data28};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data26.condition !== undefined){
let data29 = data26.condition;
const _errs86 = errors;
keyword0.errors = null;
const valid28 = keyword0("text", data29, schema49, {instancePath:instancePath+"/stepUp/condition",parentData:data26,parentDataProperty:"condition",rootData,dynamicAnchors});
if(!valid28){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i9=_errs86; i9<errors; i9++){
const err82 = vErrors[i9];
if(err82.instancePath === undefined){
err82.instancePath = instancePath+"/stepUp/condition";
}
err82.schemaPath = "#/$defs/text/x-text";
err82.schema = "text";
err82.data = data29;
}
}
else {
const err83 = {instancePath:instancePath+"/stepUp/condition",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data29};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(typeof data29 === "string"){
if(func2(data29) > 10000){
const err84 = {instancePath:instancePath+"/stepUp/condition",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(func2(data29) < 1){
const err85 = {instancePath:instancePath+"/stepUp/condition",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data29};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/stepUp/condition",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data29};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/stepUp",schemaPath:"#/properties/stepUp/type",keyword:"type",params:{type: "object"},schema:schema95.properties.stepUp.type,parentSchema:schema95.properties.stepUp,data:data26};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.termination !== undefined){
let data30 = data.termination;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key7 in data30){
if(!(((key7 === "noticeDays") || (key7 === "killFee")) || (key7 === "owed"))){
const err88 = {instancePath:instancePath+"/termination",schemaPath:"#/properties/termination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},schema:false,parentSchema:schema95.properties.termination,data:data30};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data30.noticeDays !== undefined){
let data31 = data30.noticeDays;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err89 = {instancePath:instancePath+"/termination/noticeDays",schemaPath:"#/properties/termination/properties/noticeDays/type",keyword:"type",params:{type: "integer"},schema:schema95.properties.termination.properties.noticeDays.type,parentSchema:schema95.properties.termination.properties.noticeDays,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 365 || isNaN(data31)){
const err90 = {instancePath:instancePath+"/termination/noticeDays",schemaPath:"#/properties/termination/properties/noticeDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},schema:365,parentSchema:schema95.properties.termination.properties.noticeDays,data:data31};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err91 = {instancePath:instancePath+"/termination/noticeDays",schemaPath:"#/properties/termination/properties/noticeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema95.properties.termination.properties.noticeDays,data:data31};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data30.killFee !== undefined){
let data32 = data30.killFee;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key8 in data32){
if(!((key8 === "percent") || (key8 === "amount"))){
const err92 = {instancePath:instancePath+"/termination/killFee",schemaPath:"#/properties/termination/properties/killFee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},schema:false,parentSchema:schema95.properties.termination.properties.killFee,data:data32};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data32.percent !== undefined){
let data33 = data32.percent;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 100 || isNaN(data33)){
const err93 = {instancePath:instancePath+"/termination/killFee/percent",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},schema:100,parentSchema:schema97,data:data33};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err94 = {instancePath:instancePath+"/termination/killFee/percent",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema97,data:data33};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/termination/killFee/percent",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},schema:schema97.type,parentSchema:schema97,data:data33};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data32.amount !== undefined){
let data34 = data32.amount;
if((!((typeof data34 == "number") && (isFinite(data34)))) && (typeof data34 !== "string")){
const err96 = {instancePath:instancePath+"/termination/killFee/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data34};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
const _errs101 = errors;
keyword29.errors = null;
const valid33 = keyword29(true, data34, schema96, {instancePath:instancePath+"/termination/killFee/amount",parentData:data32,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid33){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i10=_errs101; i10<errors; i10++){
const err97 = vErrors[i10];
if(err97.instancePath === undefined){
err97.instancePath = instancePath+"/termination/killFee/amount";
}
err97.schemaPath = "#/$defs/money/x-money";
err97.schema = true;
err97.data = data34;
}
}
else {
const err98 = {instancePath:instancePath+"/termination/killFee/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data34};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/termination/killFee",schemaPath:"#/properties/termination/properties/killFee/type",keyword:"type",params:{type: "object"},schema:schema95.properties.termination.properties.killFee.type,parentSchema:schema95.properties.termination.properties.killFee,data:data32};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data30.owed !== undefined){
let data35 = data30.owed;
if(Array.isArray(data35)){
if(data35.length > 20){
const err100 = {instancePath:instancePath+"/termination/owed",schemaPath:"#/properties/termination/properties/owed/maxItems",keyword:"maxItems",params:{limit: 20},schema:20,parentSchema:schema95.properties.termination.properties.owed,data:data35};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
const len1 = data35.length;
for(let i11=0; i11<len1; i11++){
let data36 = data35[i11];
const _errs107 = errors;
keyword0.errors = null;
const valid37 = keyword0("line", data36, schema46, {instancePath:instancePath+"/termination/owed/" + i11,parentData:data35,parentDataProperty:i11,rootData,dynamicAnchors});
if(!valid37){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i12=_errs107; i12<errors; i12++){
const err101 = vErrors[i12];
if(err101.instancePath === undefined){
err101.instancePath = instancePath+"/termination/owed/" + i11;
}
err101.schemaPath = "#/$defs/line/x-text";
err101.schema = "line";
err101.data = data36;
}
}
else {
const err102 = {instancePath:instancePath+"/termination/owed/" + i11,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data36};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(typeof data36 === "string"){
if(func2(data36) > 500){
const err103 = {instancePath:instancePath+"/termination/owed/" + i11,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data36};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(func2(data36) < 1){
const err104 = {instancePath:instancePath+"/termination/owed/" + i11,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data36};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/termination/owed/" + i11,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data36};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/termination/owed",schemaPath:"#/properties/termination/properties/owed/type",keyword:"type",params:{type: "array"},schema:schema95.properties.termination.properties.owed.type,parentSchema:schema95.properties.termination.properties.owed,data:data35};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/termination",schemaPath:"#/properties/termination/type",keyword:"type",params:{type: "object"},schema:schema95.properties.termination.type,parentSchema:schema95.properties.termination,data:data30};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema95.type,parentSchema:schema95,data};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema116 = {"type":"object","title":"rights","description":"Ownership, attribution, uses and confidentiality.","additionalProperties":false,"properties":{"ownershipTransfer":{"type":"string","title":"ownership transfer","description":"When the client becomes owner: on-final-payment (the default, and the safe choice), on-delivery, or never (the client gets a licence).","enum":["on-final-payment","on-delivery","never"]},"attribution":{"type":"string","title":"attribution","description":"byline (the freelancer is named), ghost-written (the client's name only) or credit-line.","enum":["byline","ghost-written","credit-line"]},"creditLine":{"$ref":"#/$defs/line","title":"credit line","description":"The credit as printed, e.g. \"Photos: Jane Doe\"."},"allowedUses":{"type":"array","title":"allowed uses","description":"Where the client may use the work, e.g. \"on the client's blog\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"forbiddenUses":{"type":"array","title":"uses needing permission","description":"Uses that need written permission and further pay, e.g. \"in a book\".","items":{"$ref":"#/$defs/line"},"maxItems":30},"portfolio":{"type":"string","title":"portfolio rights","description":"Whether the freelancer may show the work: yes, with-permission, after-date (give portfolioAfter) or no.","enum":["yes","with-permission","after-date","no"]},"portfolioAfter":{"$ref":"#/$defs/calendarDate","title":"portfolio after","description":"The date after which the work may be shown."},"confidentialityYears":{"type":"integer","title":"confidentiality years","description":"Years that confidential information stays confidential after the end.","minimum":0,"maximum":50}},"required":[]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "ownershipTransfer") || (key0 === "attribution")) || (key0 === "creditLine")) || (key0 === "allowedUses")) || (key0 === "forbiddenUses")) || (key0 === "portfolio")) || (key0 === "portfolioAfter")) || (key0 === "confidentialityYears"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ownershipTransfer !== undefined){
let data0 = data.ownershipTransfer;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/ownershipTransfer",schemaPath:"#/properties/ownershipTransfer/type",keyword:"type",params:{type: "string"},schema:schema116.properties.ownershipTransfer.type,parentSchema:schema116.properties.ownershipTransfer,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "on-final-payment") || (data0 === "on-delivery")) || (data0 === "never"))){
const err2 = {instancePath:instancePath+"/ownershipTransfer",schemaPath:"#/properties/ownershipTransfer/enum",keyword:"enum",params:{allowedValues: schema116.properties.ownershipTransfer.enum},schema:schema116.properties.ownershipTransfer.enum,parentSchema:schema116.properties.ownershipTransfer,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.attribution !== undefined){
let data1 = data.attribution;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/attribution",schemaPath:"#/properties/attribution/type",keyword:"type",params:{type: "string"},schema:schema116.properties.attribution.type,parentSchema:schema116.properties.attribution,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "byline") || (data1 === "ghost-written")) || (data1 === "credit-line"))){
const err4 = {instancePath:instancePath+"/attribution",schemaPath:"#/properties/attribution/enum",keyword:"enum",params:{allowedValues: schema116.properties.attribution.enum},schema:schema116.properties.attribution.enum,parentSchema:schema116.properties.attribution,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.creditLine !== undefined){
let data2 = data.creditLine;
const _errs9 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data2, schema46, {instancePath:instancePath+"/creditLine",parentData:data,parentDataProperty:"creditLine",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs9; i0<errors; i0++){
const err5 = vErrors[i0];
if(err5.instancePath === undefined){
err5.instancePath = instancePath+"/creditLine";
}
err5.schemaPath = "#/$defs/line/x-text";
err5.schema = "line";
err5.data = data2;
}
}
else {
const err6 = {instancePath:instancePath+"/creditLine",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err7 = {instancePath:instancePath+"/creditLine",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/creditLine",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/creditLine",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.allowedUses !== undefined){
let data3 = data.allowedUses;
if(Array.isArray(data3)){
if(data3.length > 30){
const err10 = {instancePath:instancePath+"/allowedUses",schemaPath:"#/properties/allowedUses/maxItems",keyword:"maxItems",params:{limit: 30},schema:30,parentSchema:schema116.properties.allowedUses,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data3.length;
for(let i1=0; i1<len0; i1++){
let data4 = data3[i1];
const _errs15 = errors;
keyword0.errors = null;
const valid6 = keyword0("line", data4, schema46, {instancePath:instancePath+"/allowedUses/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors});
if(!valid6){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs15; i2<errors; i2++){
const err11 = vErrors[i2];
if(err11.instancePath === undefined){
err11.instancePath = instancePath+"/allowedUses/" + i1;
}
err11.schemaPath = "#/$defs/line/x-text";
err11.schema = "line";
err11.data = data4;
}
}
else {
const err12 = {instancePath:instancePath+"/allowedUses/" + i1,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data4 === "string"){
if(func2(data4) > 500){
const err13 = {instancePath:instancePath+"/allowedUses/" + i1,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/allowedUses/" + i1,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/allowedUses/" + i1,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/allowedUses",schemaPath:"#/properties/allowedUses/type",keyword:"type",params:{type: "array"},schema:schema116.properties.allowedUses.type,parentSchema:schema116.properties.allowedUses,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.forbiddenUses !== undefined){
let data5 = data.forbiddenUses;
if(Array.isArray(data5)){
if(data5.length > 30){
const err17 = {instancePath:instancePath+"/forbiddenUses",schemaPath:"#/properties/forbiddenUses/maxItems",keyword:"maxItems",params:{limit: 30},schema:30,parentSchema:schema116.properties.forbiddenUses,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data5.length;
for(let i3=0; i3<len1; i3++){
let data6 = data5[i3];
const _errs21 = errors;
keyword0.errors = null;
const valid10 = keyword0("line", data6, schema46, {instancePath:instancePath+"/forbiddenUses/" + i3,parentData:data5,parentDataProperty:i3,rootData,dynamicAnchors});
if(!valid10){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i4=_errs21; i4<errors; i4++){
const err18 = vErrors[i4];
if(err18.instancePath === undefined){
err18.instancePath = instancePath+"/forbiddenUses/" + i3;
}
err18.schemaPath = "#/$defs/line/x-text";
err18.schema = "line";
err18.data = data6;
}
}
else {
const err19 = {instancePath:instancePath+"/forbiddenUses/" + i3,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func2(data6) > 500){
const err20 = {instancePath:instancePath+"/forbiddenUses/" + i3,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/forbiddenUses/" + i3,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/forbiddenUses/" + i3,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/forbiddenUses",schemaPath:"#/properties/forbiddenUses/type",keyword:"type",params:{type: "array"},schema:schema116.properties.forbiddenUses.type,parentSchema:schema116.properties.forbiddenUses,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.portfolio !== undefined){
let data7 = data.portfolio;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/portfolio",schemaPath:"#/properties/portfolio/type",keyword:"type",params:{type: "string"},schema:schema116.properties.portfolio.type,parentSchema:schema116.properties.portfolio,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((data7 === "yes") || (data7 === "with-permission")) || (data7 === "after-date")) || (data7 === "no"))){
const err25 = {instancePath:instancePath+"/portfolio",schemaPath:"#/properties/portfolio/enum",keyword:"enum",params:{allowedValues: schema116.properties.portfolio.enum},schema:schema116.properties.portfolio.enum,parentSchema:schema116.properties.portfolio,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.portfolioAfter !== undefined){
let data8 = data.portfolioAfter;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err26 = {instancePath:instancePath+"/portfolioAfter",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/portfolioAfter",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.confidentialityYears !== undefined){
let data9 = data.confidentialityYears;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/confidentialityYears",schemaPath:"#/properties/confidentialityYears/type",keyword:"type",params:{type: "integer"},schema:schema116.properties.confidentialityYears.type,parentSchema:schema116.properties.confidentialityYears,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 50 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/confidentialityYears",schemaPath:"#/properties/confidentialityYears/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},schema:50,parentSchema:schema116.properties.confidentialityYears,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/confidentialityYears",schemaPath:"#/properties/confidentialityYears/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},schema:0,parentSchema:schema116.properties.confidentialityYears,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema121 = {"type":"object","title":"signatures","description":"Who signs for each party.","additionalProperties":false,"properties":{"freelancer":{"type":"array","title":"freelancer signatories","description":"Who signs for the freelancer.","items":{"$ref":"#/$defs/signatory"},"maxItems":5,"minItems":1},"client":{"type":"array","title":"client signatories","description":"Who signs for the client.","items":{"$ref":"#/$defs/signatory"},"maxItems":5,"minItems":1}},"required":[]};
const schema122 = {"type":"object","title":"signatory","description":"A person who signs.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"signatory name","description":"Full name."},"title":{"$ref":"#/$defs/line","title":"signatory title","description":"Role, e.g. \"Managing Director\"."}},"required":["name"]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},schema:schema122.required,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "title"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("name", data0, schema43, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err2 = vErrors[i0];
if(err2.instancePath === undefined){
err2.instancePath = instancePath+"/name";
}
err2.schemaPath = "#/$defs/name/x-text";
err2.schema = "name";
err2.data = data0;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/x-text",keyword:"x-text",params:{},schema:"name",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},schema:200,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("line", data1, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err7 = vErrors[i1];
if(err7.instancePath === undefined){
err7.instancePath = instancePath+"/title";
}
err7.schemaPath = "#/$defs/line/x-text";
err7.schema = "line";
err7.data = data1;
}
}
else {
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema122.type,parentSchema:schema122,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "freelancer") || (key0 === "client"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.freelancer !== undefined){
let data0 = data.freelancer;
if(Array.isArray(data0)){
if(data0.length > 5){
const err1 = {instancePath:instancePath+"/freelancer",schemaPath:"#/properties/freelancer/maxItems",keyword:"maxItems",params:{limit: 5},schema:5,parentSchema:schema121.properties.freelancer,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/freelancer",schemaPath:"#/properties/freelancer/minItems",keyword:"minItems",params:{limit: 1},schema:1,parentSchema:schema121.properties.freelancer,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55(data0[i0], {instancePath:instancePath+"/freelancer/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/freelancer",schemaPath:"#/properties/freelancer/type",keyword:"type",params:{type: "array"},schema:schema121.properties.freelancer.type,parentSchema:schema121.properties.freelancer,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.client !== undefined){
let data2 = data.client;
if(Array.isArray(data2)){
if(data2.length > 5){
const err4 = {instancePath:instancePath+"/client",schemaPath:"#/properties/client/maxItems",keyword:"maxItems",params:{limit: 5},schema:5,parentSchema:schema121.properties.client,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/client",schemaPath:"#/properties/client/minItems",keyword:"minItems",params:{limit: 1},schema:1,parentSchema:schema121.properties.client,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate55(data2[i1], {instancePath:instancePath+"/client/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/client",schemaPath:"#/properties/client/type",keyword:"type",params:{type: "array"},schema:schema121.properties.client.type,parentSchema:schema121.properties.client,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema121.type,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema125 = {"type":"object","title":"handover","description":"The offboarding handover at the end of the engagement.","additionalProperties":false,"properties":{"transitionDate":{"$ref":"#/$defs/calendarDate","title":"transition date","description":"The day responsibility passes to the client or their new contractor."},"contacts":{"type":"array","title":"handover contacts","description":"Who to talk to during the transition.","items":{"$ref":"#/$defs/handoverContact"},"maxItems":20},"projects":{"type":"array","title":"open projects","description":"Each open project: its state, what is done, what remains, the next step.","items":{"$ref":"#/$defs/handoverProject"},"maxItems":100},"procedures":{"type":"array","title":"procedures","description":"Recurring tasks written as numbered steps anyone can follow.","items":{"$ref":"#/$defs/procedure"},"maxItems":100},"accounts":{"type":"array","title":"accounts to transfer","description":"Systems and access to hand over. Never put a password here.","items":{"$ref":"#/$defs/account"},"maxItems":100},"invoices":{"type":"array","title":"outstanding invoices","description":"Final invoices still open.","items":{"$ref":"#/$defs/invoice"},"maxItems":100},"afterHandover":{"type":"object","title":"contact after handover","description":"How to reach the freelancer afterwards.","additionalProperties":false,"properties":{"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"},"until":{"$ref":"#/$defs/calendarDate","title":"available until","description":"Until when questions are answered."},"note":{"$ref":"#/$defs/text","title":"note","description":"E.g. \"short questions free of charge for 30 days, then at the day rate\"."}},"required":[]}},"required":["transitionDate"]};
const schema127 = {"type":"object","title":"handover contact","description":"A person involved in the transition.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","title":"name","description":"Full name."},"role":{"$ref":"#/$defs/line","title":"role","description":"Their role in the transition."},"email":{"$ref":"#/$defs/email"},"phone":{"$ref":"#/$defs/phone"}},"required":["name","role"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},schema:schema127.required,parentSchema:schema127,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},schema:schema127.required,parentSchema:schema127,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "role")) || (key0 === "email")) || (key0 === "phone"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema127,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("name", data0, schema43, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err3 = vErrors[i0];
if(err3.instancePath === undefined){
err3.instancePath = instancePath+"/name";
}
err3.schemaPath = "#/$defs/name/x-text";
err3.schema = "name";
err3.data = data0;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/x-text",keyword:"x-text",params:{},schema:"name",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 200},schema:200,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("line", data1, schema46, {instancePath:instancePath+"/role",parentData:data,parentDataProperty:"role",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err8 = vErrors[i1];
if(err8.instancePath === undefined){
err8.instancePath = instancePath+"/role";
}
err8.schemaPath = "#/$defs/line/x-text";
err8.schema = "line";
err8.data = data1;
}
}
else {
const err9 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err10 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(func2(data2) > 254){
const err13 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},schema:254,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats6(data2))){
const err14 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},schema:"email",parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.phone !== undefined){
let data3 = data.phone;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err16 = {instancePath:instancePath+"/phone",schemaPath:"#/$defs/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9 ()./-]{4,30}$"},schema:"^\\+?[0-9][0-9 ()./-]{4,30}$",parentSchema:schema48,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},schema:schema48.type,parentSchema:schema48,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema127.type,parentSchema:schema127,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema132 = {"type":"object","title":"open project","description":"A project at handover.","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/line","title":"project title","description":"The project's name."},"state":{"type":"string","title":"state","description":"not-started, in-progress, blocked, paused or done.","enum":["not-started","in-progress","blocked","paused","done"]},"done":{"type":"array","title":"done","description":"What is finished.","items":{"$ref":"#/$defs/line"},"maxItems":100},"remaining":{"type":"array","title":"remaining","description":"What is left to do.","items":{"$ref":"#/$defs/line"},"maxItems":100},"nextStep":{"$ref":"#/$defs/line","title":"next step","description":"The very next action."},"location":{"$ref":"#/$defs/line","title":"location","description":"Where the files are, e.g. \"Shared drive › Clients › Acme\"."}},"required":["title","state"]};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.state === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state"},schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "title") || (key0 === "state")) || (key0 === "done")) || (key0 === "remaining")) || (key0 === "nextStep")) || (key0 === "location"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err3 = vErrors[i0];
if(err3.instancePath === undefined){
err3.instancePath = instancePath+"/title";
}
err3.schemaPath = "#/$defs/line/x-text";
err3.schema = "line";
err3.data = data0;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.state !== undefined){
let data1 = data.state;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},schema:schema132.properties.state.type,parentSchema:schema132.properties.state,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data1 === "not-started") || (data1 === "in-progress")) || (data1 === "blocked")) || (data1 === "paused")) || (data1 === "done"))){
const err9 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema132.properties.state.enum},schema:schema132.properties.state.enum,parentSchema:schema132.properties.state,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.done !== undefined){
let data2 = data.done;
if(Array.isArray(data2)){
if(data2.length > 100){
const err10 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema132.properties.done,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i1=0; i1<len0; i1++){
let data3 = data2[i1];
const _errs13 = errors;
keyword0.errors = null;
const valid6 = keyword0("line", data3, schema46, {instancePath:instancePath+"/done/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors});
if(!valid6){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs13; i2<errors; i2++){
const err11 = vErrors[i2];
if(err11.instancePath === undefined){
err11.instancePath = instancePath+"/done/" + i1;
}
err11.schemaPath = "#/$defs/line/x-text";
err11.schema = "line";
err11.data = data3;
}
}
else {
const err12 = {instancePath:instancePath+"/done/" + i1,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err13 = {instancePath:instancePath+"/done/" + i1,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data3) < 1){
const err14 = {instancePath:instancePath+"/done/" + i1,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/done/" + i1,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/type",keyword:"type",params:{type: "array"},schema:schema132.properties.done.type,parentSchema:schema132.properties.done,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.remaining !== undefined){
let data4 = data.remaining;
if(Array.isArray(data4)){
if(data4.length > 100){
const err17 = {instancePath:instancePath+"/remaining",schemaPath:"#/properties/remaining/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema132.properties.remaining,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data4.length;
for(let i3=0; i3<len1; i3++){
let data5 = data4[i3];
const _errs19 = errors;
keyword0.errors = null;
const valid10 = keyword0("line", data5, schema46, {instancePath:instancePath+"/remaining/" + i3,parentData:data4,parentDataProperty:i3,rootData,dynamicAnchors});
if(!valid10){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i4=_errs19; i4<errors; i4++){
const err18 = vErrors[i4];
if(err18.instancePath === undefined){
err18.instancePath = instancePath+"/remaining/" + i3;
}
err18.schemaPath = "#/$defs/line/x-text";
err18.schema = "line";
err18.data = data5;
}
}
else {
const err19 = {instancePath:instancePath+"/remaining/" + i3,schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(typeof data5 === "string"){
if(func2(data5) > 500){
const err20 = {instancePath:instancePath+"/remaining/" + i3,schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data5) < 1){
const err21 = {instancePath:instancePath+"/remaining/" + i3,schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/remaining/" + i3,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/remaining",schemaPath:"#/properties/remaining/type",keyword:"type",params:{type: "array"},schema:schema132.properties.remaining.type,parentSchema:schema132.properties.remaining,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.nextStep !== undefined){
let data6 = data.nextStep;
const _errs23 = errors;
keyword0.errors = null;
const valid12 = keyword0("line", data6, schema46, {instancePath:instancePath+"/nextStep",parentData:data,parentDataProperty:"nextStep",rootData,dynamicAnchors});
if(!valid12){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i5=_errs23; i5<errors; i5++){
const err24 = vErrors[i5];
if(err24.instancePath === undefined){
err24.instancePath = instancePath+"/nextStep";
}
err24.schemaPath = "#/$defs/line/x-text";
err24.schema = "line";
err24.data = data6;
}
}
else {
const err25 = {instancePath:instancePath+"/nextStep",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(typeof data6 === "string"){
if(func2(data6) > 500){
const err26 = {instancePath:instancePath+"/nextStep",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data6) < 1){
const err27 = {instancePath:instancePath+"/nextStep",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/nextStep",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.location !== undefined){
let data7 = data.location;
const _errs27 = errors;
keyword0.errors = null;
const valid14 = keyword0("line", data7, schema46, {instancePath:instancePath+"/location",parentData:data,parentDataProperty:"location",rootData,dynamicAnchors});
if(!valid14){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i6=_errs27; i6<errors; i6++){
const err29 = vErrors[i6];
if(err29.instancePath === undefined){
err29.instancePath = instancePath+"/location";
}
err29.schemaPath = "#/$defs/line/x-text";
err29.schema = "line";
err29.data = data7;
}
}
else {
const err30 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(typeof data7 === "string"){
if(func2(data7) > 500){
const err31 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data7) < 1){
const err32 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema132.type,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema138 = {"type":"object","title":"procedure","description":"A task written as numbered steps.","additionalProperties":false,"properties":{"title":{"$ref":"#/$defs/line","title":"procedure title","description":"E.g. \"Publish the weekly newsletter\"."},"frequency":{"$ref":"#/$defs/line","title":"how often","description":"E.g. \"every Monday\"."},"steps":{"type":"array","title":"steps","description":"The steps in order.","items":{"$ref":"#/$defs/procedureStep"},"maxItems":100,"minItems":1}},"required":["title","steps"]};
const schema141 = {"type":"object","title":"step","description":"One step.","additionalProperties":false,"properties":{"text":{"$ref":"#/$defs/text","title":"step","description":"What to do."},"image":{"type":"string","title":"image reference","description":"A file name or caption of a screenshot that shows the step, e.g. \"screenshots/newsletter-1.png\". Printed as a reference; not embedded.","examples":["screenshots/step-1.png"],"pattern":"^[^\\s<>\"]+$","maxLength":300,"x-text":"line"}},"required":["text"]};
const pattern20 = new RegExp("^[^\\s<>\"]+$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},schema:schema141.required,parentSchema:schema141,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "text") || (key0 === "image"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema141,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("text", data0, schema49, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err2 = vErrors[i0];
if(err2.instancePath === undefined){
err2.instancePath = instancePath+"/text";
}
err2.schemaPath = "#/$defs/text/x-text";
err2.schema = "text";
err2.data = data0;
}
}
else {
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 10000){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.image !== undefined){
let data1 = data.image;
const _errs8 = errors;
keyword0.errors = null;
const valid3 = keyword0("line", data1, schema141.properties.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData,dynamicAnchors});
if(!valid3){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs8; i1<errors; i1++){
const err7 = vErrors[i1];
if(err7.instancePath === undefined){
err7.instancePath = instancePath+"/image";
}
err7.schemaPath = "#/properties/image/x-text";
err7.schema = "line";
err7.data = data1;
}
}
else {
const err8 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema141.properties.image,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 300){
const err9 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/maxLength",keyword:"maxLength",params:{limit: 300},schema:300,parentSchema:schema141.properties.image,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern20.test(data1)){
const err10 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^[^\\s<>\"]+$"},schema:"^[^\\s<>\"]+$",parentSchema:schema141.properties.image,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},schema:schema141.properties.image.type,parentSchema:schema141.properties.image,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema141.type,parentSchema:schema141,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "title") || (key0 === "frequency")) || (key0 === "steps"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err3 = vErrors[i0];
if(err3.instancePath === undefined){
err3.instancePath = instancePath+"/title";
}
err3.schemaPath = "#/$defs/line/x-text";
err3.schema = "line";
err3.data = data0;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.frequency !== undefined){
let data1 = data.frequency;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("line", data1, schema46, {instancePath:instancePath+"/frequency",parentData:data,parentDataProperty:"frequency",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err8 = vErrors[i1];
if(err8.instancePath === undefined){
err8.instancePath = instancePath+"/frequency";
}
err8.schemaPath = "#/$defs/line/x-text";
err8.schema = "line";
err8.data = data1;
}
}
else {
const err9 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err10 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/frequency",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.steps !== undefined){
let data2 = data.steps;
if(Array.isArray(data2)){
if(data2.length > 100){
const err13 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema138.properties.steps,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.length < 1){
const err14 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},schema:1,parentSchema:schema138.properties.steps,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data2.length;
for(let i2=0; i2<len0; i2++){
if(!(validate65(data2[i2], {instancePath:instancePath+"/steps/" + i2,parentData:data2,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},schema:schema138.properties.steps.type,parentSchema:schema138.properties.steps,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema138.type,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema143 = {"type":"object","title":"account","description":"Access to hand over. Never a password.","additionalProperties":false,"properties":{"system":{"$ref":"#/$defs/line","title":"system","description":"E.g. \"Mailchimp\"."},"access":{"$ref":"#/$defs/line","title":"kind of access","description":"E.g. \"admin\", \"editor\"."},"handover":{"type":"string","title":"how it is handed over","description":"transfer-ownership, client-removes-access, client-resets-credentials or remove-freelancer.","enum":["transfer-ownership","client-removes-access","client-resets-credentials","remove-freelancer"]},"note":{"$ref":"#/$defs/line","title":"note","description":"Anything the client must know."}},"required":["system","access","handover"]};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.system === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system"},schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.access === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access"},schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.handover === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handover"},schema:schema143.required,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "system") || (key0 === "access")) || (key0 === "handover")) || (key0 === "note"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.system !== undefined){
let data0 = data.system;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/system",parentData:data,parentDataProperty:"system",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err4 = vErrors[i0];
if(err4.instancePath === undefined){
err4.instancePath = instancePath+"/system";
}
err4.schemaPath = "#/$defs/line/x-text";
err4.schema = "line";
err4.data = data0;
}
}
else {
const err5 = {instancePath:instancePath+"/system",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err6 = {instancePath:instancePath+"/system",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/system",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/system",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.access !== undefined){
let data1 = data.access;
const _errs9 = errors;
keyword0.errors = null;
const valid4 = keyword0("line", data1, schema46, {instancePath:instancePath+"/access",parentData:data,parentDataProperty:"access",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err9 = vErrors[i1];
if(err9.instancePath === undefined){
err9.instancePath = instancePath+"/access";
}
err9.schemaPath = "#/$defs/line/x-text";
err9.schema = "line";
err9.data = data1;
}
}
else {
const err10 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err11 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data1) < 1){
const err12 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.handover !== undefined){
let data2 = data.handover;
if(typeof data2 !== "string"){
const err14 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/type",keyword:"type",params:{type: "string"},schema:schema143.properties.handover.type,parentSchema:schema143.properties.handover,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data2 === "transfer-ownership") || (data2 === "client-removes-access")) || (data2 === "client-resets-credentials")) || (data2 === "remove-freelancer"))){
const err15 = {instancePath:instancePath+"/handover",schemaPath:"#/properties/handover/enum",keyword:"enum",params:{allowedValues: schema143.properties.handover.enum},schema:schema143.properties.handover.enum,parentSchema:schema143.properties.handover,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.note !== undefined){
let data3 = data.note;
const _errs15 = errors;
keyword0.errors = null;
const valid6 = keyword0("line", data3, schema46, {instancePath:instancePath+"/note",parentData:data,parentDataProperty:"note",rootData,dynamicAnchors});
if(!valid6){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs15; i2<errors; i2++){
const err16 = vErrors[i2];
if(err16.instancePath === undefined){
err16.instancePath = instancePath+"/note";
}
err16.schemaPath = "#/$defs/line/x-text";
err16.schema = "line";
err16.data = data3;
}
}
else {
const err17 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err18 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data3) < 1){
const err19 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema143.type,parentSchema:schema143,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema147 = {"type":"object","title":"invoice","description":"An outstanding invoice.","additionalProperties":false,"properties":{"number":{"$ref":"#/$defs/line","title":"invoice number","description":"E.g. \"2027-014\"."},"amount":{"$ref":"#/$defs/money","title":"invoice amount"},"dueOn":{"$ref":"#/$defs/calendarDate","title":"invoice due date","description":"When it is due."},"description":{"$ref":"#/$defs/line","title":"description","description":"What it covers."}},"required":["number","amount","dueOn"]};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},schema:schema147.required,parentSchema:schema147,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},schema:schema147.required,parentSchema:schema147,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dueOn === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dueOn"},schema:schema147.required,parentSchema:schema147,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "number") || (key0 === "amount")) || (key0 === "dueOn")) || (key0 === "description"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema147,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
const _errs5 = errors;
keyword0.errors = null;
const valid2 = keyword0("line", data0, schema46, {instancePath:instancePath+"/number",parentData:data,parentDataProperty:"number",rootData,dynamicAnchors});
if(!valid2){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs5; i0<errors; i0++){
const err4 = vErrors[i0];
if(err4.instancePath === undefined){
err4.instancePath = instancePath+"/number";
}
err4.schemaPath = "#/$defs/line/x-text";
err4.schema = "line";
err4.data = data0;
}
}
else {
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err6 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/number",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (typeof data1 !== "string")){
const err9 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: schema96.type},schema:schema96.type,parentSchema:schema96,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs9 = errors;
keyword29.errors = null;
const valid4 = keyword29(true, data1, schema96, {instancePath:instancePath+"/amount",parentData:data,parentDataProperty:"amount",rootData,dynamicAnchors});
if(!valid4){
if(Array.isArray(keyword29.errors)){
vErrors = vErrors === null ? keyword29.errors : vErrors.concat(keyword29.errors);
errors = vErrors.length;
for(let i1=_errs9; i1<errors; i1++){
const err10 = vErrors[i1];
if(err10.instancePath === undefined){
err10.instancePath = instancePath+"/amount";
}
err10.schemaPath = "#/$defs/money/x-money";
err10.schema = true;
err10.data = data1;
}
}
else {
const err11 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/money/x-money",keyword:"x-money",params:{},schema:true,parentSchema:schema96,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.dueOn !== undefined){
let data2 = data.dueOn;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/dueOn",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/dueOn",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
const _errs16 = errors;
keyword0.errors = null;
const valid7 = keyword0("line", data3, schema46, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors});
if(!valid7){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i2=_errs16; i2<errors; i2++){
const err14 = vErrors[i2];
if(err14.instancePath === undefined){
err14.instancePath = instancePath+"/description";
}
err14.schemaPath = "#/$defs/line/x-text";
err14.schema = "line";
err14.data = data3;
}
}
else {
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data3) < 1){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema147.type,parentSchema:schema147,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.transitionDate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transitionDate"},schema:schema125.required,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "transitionDate") || (key0 === "contacts")) || (key0 === "projects")) || (key0 === "procedures")) || (key0 === "accounts")) || (key0 === "invoices")) || (key0 === "afterHandover"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.transitionDate !== undefined){
let data0 = data.transitionDate;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/transitionDate",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/transitionDate",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.contacts !== undefined){
let data1 = data.contacts;
if(Array.isArray(data1)){
if(data1.length > 20){
const err4 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/maxItems",keyword:"maxItems",params:{limit: 20},schema:20,parentSchema:schema125.properties.contacts,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate60(data1[i0], {instancePath:instancePath+"/contacts/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "array"},schema:schema125.properties.contacts.type,parentSchema:schema125.properties.contacts,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.projects !== undefined){
let data3 = data.projects;
if(Array.isArray(data3)){
if(data3.length > 100){
const err6 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema125.properties.projects,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate62(data3[i1], {instancePath:instancePath+"/projects/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},schema:schema125.properties.projects.type,parentSchema:schema125.properties.projects,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.procedures !== undefined){
let data5 = data.procedures;
if(Array.isArray(data5)){
if(data5.length > 100){
const err8 = {instancePath:instancePath+"/procedures",schemaPath:"#/properties/procedures/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema125.properties.procedures,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate64(data5[i2], {instancePath:instancePath+"/procedures/" + i2,parentData:data5,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/procedures",schemaPath:"#/properties/procedures/type",keyword:"type",params:{type: "array"},schema:schema125.properties.procedures.type,parentSchema:schema125.properties.procedures,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.accounts !== undefined){
let data7 = data.accounts;
if(Array.isArray(data7)){
if(data7.length > 100){
const err10 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema125.properties.accounts,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
if(!(validate68(data7[i3], {instancePath:instancePath+"/accounts/" + i3,parentData:data7,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},schema:schema125.properties.accounts.type,parentSchema:schema125.properties.accounts,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.invoices !== undefined){
let data9 = data.invoices;
if(Array.isArray(data9)){
if(data9.length > 100){
const err12 = {instancePath:instancePath+"/invoices",schemaPath:"#/properties/invoices/maxItems",keyword:"maxItems",params:{limit: 100},schema:100,parentSchema:schema125.properties.invoices,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
if(!(validate70(data9[i4], {instancePath:instancePath+"/invoices/" + i4,parentData:data9,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/invoices",schemaPath:"#/properties/invoices/type",keyword:"type",params:{type: "array"},schema:schema125.properties.invoices.type,parentSchema:schema125.properties.invoices,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.afterHandover !== undefined){
let data11 = data.afterHandover;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
if(!((((key1 === "email") || (key1 === "phone")) || (key1 === "until")) || (key1 === "note"))){
const err14 = {instancePath:instancePath+"/afterHandover",schemaPath:"#/properties/afterHandover/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema125.properties.afterHandover,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data11.email !== undefined){
let data12 = data11.email;
if(typeof data12 === "string"){
if(func2(data12) > 254){
const err15 = {instancePath:instancePath+"/afterHandover/email",schemaPath:"#/$defs/email/maxLength",keyword:"maxLength",params:{limit: 254},schema:254,parentSchema:schema47,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats6(data12))){
const err16 = {instancePath:instancePath+"/afterHandover/email",schemaPath:"#/$defs/email/format",keyword:"format",params:{format: "email"},schema:"email",parentSchema:schema47,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/afterHandover/email",schemaPath:"#/$defs/email/type",keyword:"type",params:{type: "string"},schema:schema47.type,parentSchema:schema47,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.phone !== undefined){
let data13 = data11.phone;
if(typeof data13 === "string"){
if(!pattern8.test(data13)){
const err18 = {instancePath:instancePath+"/afterHandover/phone",schemaPath:"#/$defs/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9 ()./-]{4,30}$"},schema:"^\\+?[0-9][0-9 ()./-]{4,30}$",parentSchema:schema48,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/afterHandover/phone",schemaPath:"#/$defs/phone/type",keyword:"type",params:{type: "string"},schema:schema48.type,parentSchema:schema48,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.until !== undefined){
let data14 = data11.until;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err20 = {instancePath:instancePath+"/afterHandover/until",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/afterHandover/until",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data11.note !== undefined){
let data15 = data11.note;
const _errs35 = errors;
keyword0.errors = null;
const valid17 = keyword0("text", data15, schema49, {instancePath:instancePath+"/afterHandover/note",parentData:data11,parentDataProperty:"note",rootData,dynamicAnchors});
if(!valid17){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i5=_errs35; i5<errors; i5++){
const err22 = vErrors[i5];
if(err22.instancePath === undefined){
err22.instancePath = instancePath+"/afterHandover/note";
}
err22.schemaPath = "#/$defs/text/x-text";
err22.schema = "text";
err22.data = data15;
}
}
else {
const err23 = {instancePath:instancePath+"/afterHandover/note",schemaPath:"#/$defs/text/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema49,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(typeof data15 === "string"){
if(func2(data15) > 10000){
const err24 = {instancePath:instancePath+"/afterHandover/note",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 10000},schema:10000,parentSchema:schema49,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data15) < 1){
const err25 = {instancePath:instancePath+"/afterHandover/note",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema49,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/afterHandover/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},schema:schema49.type,parentSchema:schema49,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/afterHandover",schemaPath:"#/properties/afterHandover/type",keyword:"type",params:{type: "object"},schema:schema125.properties.afterHandover.type,parentSchema:schema125.properties.afterHandover,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema125.type,parentSchema:schema125,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema156 = {"type":"object","title":"custom clause","description":"A clause you write yourself: a section titled `title`, placed after the built-in clause or group `after` (or at the end of the body).","required":["id","title","documents","template"],"additionalProperties":false,"properties":{"id":{"$ref":"#/$defs/slug"},"title":{"$ref":"#/$defs/line"},"documents":{"type":"array","title":"documents","description":"The documents the clause appears in.","items":{"type":"string","title":"document","description":"A document kind.","enum":["proposal","contract","handover"]},"minItems":1,"maxItems":3,"uniqueItems":true},"after":{"$ref":"#/$defs/slug","title":"after","description":"The id of the built-in clause or group this clause follows; without it, the clause ends the body."},"template":{"type":"string","title":"template","description":"The clause text: Markdown with {{placeholders}} for engagement fields (at most 20,000 characters and 500 placeholders).","minLength":1,"maxLength":20000,"x-text":"text"}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.documents === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documents"},schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.template === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template"},schema:schema156.required,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "title")) || (key0 === "documents")) || (key0 === "after")) || (key0 === "template"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
const _errs8 = errors;
keyword0.errors = null;
const valid3 = keyword0("line", data1, schema46, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors});
if(!valid3){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs8; i0<errors; i0++){
const err9 = vErrors[i0];
if(err9.instancePath === undefined){
err9.instancePath = instancePath+"/title";
}
err9.schemaPath = "#/$defs/line/x-text";
err9.schema = "line";
err9.data = data1;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data1) < 1){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.documents !== undefined){
let data2 = data.documents;
if(Array.isArray(data2)){
if(data2.length > 3){
const err14 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/maxItems",keyword:"maxItems",params:{limit: 3},schema:3,parentSchema:schema156.properties.documents,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.length < 1){
const err15 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/minItems",keyword:"minItems",params:{limit: 1},schema:1,parentSchema:schema156.properties.documents,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data2.length;
for(let i1=0; i1<len0; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
const err16 = {instancePath:instancePath+"/documents/" + i1,schemaPath:"#/properties/documents/items/type",keyword:"type",params:{type: "string"},schema:schema156.properties.documents.items.type,parentSchema:schema156.properties.documents.items,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data3 === "proposal") || (data3 === "contract")) || (data3 === "handover"))){
const err17 = {instancePath:instancePath+"/documents/" + i1,schemaPath:"#/properties/documents/items/enum",keyword:"enum",params:{allowedValues: schema156.properties.documents.items.enum},schema:schema156.properties.documents.items.enum,parentSchema:schema156.properties.documents.items,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i2 = data2.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data2[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},schema:true,parentSchema:schema156.properties.documents,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err19 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},schema:schema156.properties.documents.type,parentSchema:schema156.properties.documents,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.after !== undefined){
let data4 = data.after;
if(typeof data4 === "string"){
if(func2(data4) > 64){
const err20 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data4) < 1){
const err21 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data4)){
const err22 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.template !== undefined){
let data5 = data.template;
const _errs18 = errors;
keyword0.errors = null;
const valid8 = keyword0("text", data5, schema156.properties.template, {instancePath:instancePath+"/template",parentData:data,parentDataProperty:"template",rootData,dynamicAnchors});
if(!valid8){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i3=_errs18; i3<errors; i3++){
const err24 = vErrors[i3];
if(err24.instancePath === undefined){
err24.instancePath = instancePath+"/template";
}
err24.schemaPath = "#/properties/template/x-text";
err24.schema = "text";
err24.data = data5;
}
}
else {
const err25 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/x-text",keyword:"x-text",params:{},schema:"text",parentSchema:schema156.properties.template,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(typeof data5 === "string"){
if(func2(data5) > 20000){
const err26 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/maxLength",keyword:"maxLength",params:{limit: 20000},schema:20000,parentSchema:schema156.properties.template,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data5) < 1){
const err27 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema156.properties.template,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},schema:schema156.properties.template.type,parentSchema:schema156.properties.template,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema156.type,parentSchema:schema156,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://clausework.dev/schemas/engagement.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.issuedOn === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuedOn"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.locale === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locale"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.currency === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.freelancer === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "freelancer"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.client === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.project === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.deliverables === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deliverables"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.schedule === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.fees === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fees"},schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs4 = errors;
keyword0.errors = null;
const valid1 = keyword0("line", data0, schema35.properties.$schema, {instancePath:instancePath+"/$schema",parentData:data,parentDataProperty:"$schema",rootData,dynamicAnchors});
if(!valid1){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i0=_errs4; i0<errors; i0++){
const err11 = vErrors[i0];
if(err11.instancePath === undefined){
err11.instancePath = instancePath+"/$schema";
}
err11.schemaPath = "#/properties/%24schema/x-text";
err11.schema = "line";
err11.data = data0;
}
}
else {
const err12 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema35.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err13 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema35.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},schema:schema35.properties.$schema.type,parentSchema:schema35.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},schema:64,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data1) < 1){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(data1)){
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.issuedOn !== undefined){
let data2 = data.issuedOn;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err19 = {instancePath:instancePath+"/issuedOn",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/issuedOn",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.validUntil !== undefined){
let data3 = data.validUntil;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err21 = {instancePath:instancePath+"/validUntil",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/validUntil",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.validForDays !== undefined){
let data4 = data.validForDays;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err23 = {instancePath:instancePath+"/validForDays",schemaPath:"#/properties/validForDays/type",keyword:"type",params:{type: "integer"},schema:schema35.properties.validForDays.type,parentSchema:schema35.properties.validForDays,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 365 || isNaN(data4)){
const err24 = {instancePath:instancePath+"/validForDays",schemaPath:"#/properties/validForDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},schema:365,parentSchema:schema35.properties.validForDays,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err25 = {instancePath:instancePath+"/validForDays",schemaPath:"#/properties/validForDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},schema:1,parentSchema:schema35.properties.validForDays,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.locale !== undefined){
let data5 = data.locale;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err26 = {instancePath:instancePath+"/locale",schemaPath:"#/$defs/locale/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"},schema:"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$",parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/locale",schemaPath:"#/$defs/locale/type",keyword:"type",params:{type: "string"},schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.currency !== undefined){
let data6 = data.currency;
const _errs22 = errors;
keyword1.errors = null;
const valid7 = keyword1(true, data6, schema40, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData,dynamicAnchors});
if(!valid7){
if(Array.isArray(keyword1.errors)){
vErrors = vErrors === null ? keyword1.errors : vErrors.concat(keyword1.errors);
errors = vErrors.length;
for(let i1=_errs22; i1<errors; i1++){
const err28 = vErrors[i1];
if(err28.instancePath === undefined){
err28.instancePath = instancePath+"/currency";
}
err28.schemaPath = "#/$defs/currency/x-currency";
err28.schema = true;
err28.data = data6;
}
}
else {
const err29 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/x-currency",keyword:"x-currency",params:{},schema:true,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err30 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},schema:"^[A-Z]{3}$",parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/currency",schemaPath:"#/$defs/currency/type",keyword:"type",params:{type: "string"},schema:schema40.type,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.jurisdiction !== undefined){
let data7 = data.jurisdiction;
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err32 = {instancePath:instancePath+"/jurisdiction",schemaPath:"#/properties/jurisdiction/pattern",keyword:"pattern",params:{pattern: "^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$"},schema:"^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$",parentSchema:schema35.properties.jurisdiction,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/jurisdiction",schemaPath:"#/properties/jurisdiction/type",keyword:"type",params:{type: "string"},schema:schema35.properties.jurisdiction.type,parentSchema:schema35.properties.jurisdiction,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.pageSize !== undefined){
let data8 = data.pageSize;
if(typeof data8 !== "string"){
const err34 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "string"},schema:schema35.properties.pageSize.type,parentSchema:schema35.properties.pageSize,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data8 === "A4") || (data8 === "LETTER"))){
const err35 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/enum",keyword:"enum",params:{allowedValues: schema35.properties.pageSize.enum},schema:schema35.properties.pageSize.enum,parentSchema:schema35.properties.pageSize,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.statutory !== undefined){
let data9 = data.statutory;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.referenceRatePercent === undefined){
const err36 = {instancePath:instancePath+"/statutory",schemaPath:"#/properties/statutory/required",keyword:"required",params:{missingProperty: "referenceRatePercent"},schema:schema35.properties.statutory.required,parentSchema:schema35.properties.statutory,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data9.referenceRateAsOf === undefined){
const err37 = {instancePath:instancePath+"/statutory",schemaPath:"#/properties/statutory/required",keyword:"required",params:{missingProperty: "referenceRateAsOf"},schema:schema35.properties.statutory.required,parentSchema:schema35.properties.statutory,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "referenceRatePercent") || (key1 === "referenceRateAsOf"))){
const err38 = {instancePath:instancePath+"/statutory",schemaPath:"#/properties/statutory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},schema:false,parentSchema:schema35.properties.statutory,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data9.referenceRatePercent !== undefined){
let data10 = data9.referenceRatePercent;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 30 || isNaN(data10)){
const err39 = {instancePath:instancePath+"/statutory/referenceRatePercent",schemaPath:"#/properties/statutory/properties/referenceRatePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 30},schema:30,parentSchema:schema35.properties.statutory.properties.referenceRatePercent,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data10 < -5 || isNaN(data10)){
const err40 = {instancePath:instancePath+"/statutory/referenceRatePercent",schemaPath:"#/properties/statutory/properties/referenceRatePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: -5},schema:-5,parentSchema:schema35.properties.statutory.properties.referenceRatePercent,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/statutory/referenceRatePercent",schemaPath:"#/properties/statutory/properties/referenceRatePercent/type",keyword:"type",params:{type: "number"},schema:schema35.properties.statutory.properties.referenceRatePercent.type,parentSchema:schema35.properties.statutory.properties.referenceRatePercent,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data9.referenceRateAsOf !== undefined){
let data11 = data9.referenceRateAsOf;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err42 = {instancePath:instancePath+"/statutory/referenceRateAsOf",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},schema:"date",parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/statutory/referenceRateAsOf",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},schema:schema37.type,parentSchema:schema37,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/statutory",schemaPath:"#/properties/statutory/type",keyword:"type",params:{type: "object"},schema:schema35.properties.statutory.type,parentSchema:schema35.properties.statutory,data:data9};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.freelancer !== undefined){
if(!(validate25(data.freelancer, {instancePath:instancePath+"/freelancer",parentData:data,parentDataProperty:"freelancer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.client !== undefined){
if(!(validate25(data.client, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.project !== undefined){
if(!(validate34(data.project, {instancePath:instancePath+"/project",parentData:data,parentDataProperty:"project",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.scope !== undefined){
if(!(validate36(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.deliverables !== undefined){
let data16 = data.deliverables;
if(Array.isArray(data16)){
if(data16.length > 200){
const err45 = {instancePath:instancePath+"/deliverables",schemaPath:"#/properties/deliverables/maxItems",keyword:"maxItems",params:{limit: 200},schema:200,parentSchema:schema35.properties.deliverables,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.length < 1){
const err46 = {instancePath:instancePath+"/deliverables",schemaPath:"#/properties/deliverables/minItems",keyword:"minItems",params:{limit: 1},schema:1,parentSchema:schema35.properties.deliverables,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len0 = data16.length;
for(let i2=0; i2<len0; i2++){
if(!(validate38(data16[i2], {instancePath:instancePath+"/deliverables/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/deliverables",schemaPath:"#/properties/deliverables/type",keyword:"type",params:{type: "array"},schema:schema35.properties.deliverables.type,parentSchema:schema35.properties.deliverables,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.schedule !== undefined){
if(!(validate40(data.schedule, {instancePath:instancePath+"/schedule",parentData:data,parentDataProperty:"schedule",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.method !== undefined){
if(!(validate44(data.method, {instancePath:instancePath+"/method",parentData:data,parentDataProperty:"method",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.fees !== undefined){
if(!(validate48(data.fees, {instancePath:instancePath+"/fees",parentData:data,parentDataProperty:"fees",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.rights !== undefined){
if(!(validate52(data.rights, {instancePath:instancePath+"/rights",parentData:data,parentDataProperty:"rights",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.signatures !== undefined){
if(!(validate54(data.signatures, {instancePath:instancePath+"/signatures",parentData:data,parentDataProperty:"signatures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.handover !== undefined){
if(!(validate59(data.handover, {instancePath:instancePath+"/handover",parentData:data,parentDataProperty:"handover",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.customClauses !== undefined){
let data24 = data.customClauses;
if(Array.isArray(data24)){
if(data24.length > 20){
const err48 = {instancePath:instancePath+"/customClauses",schemaPath:"#/properties/customClauses/maxItems",keyword:"maxItems",params:{limit: 20},schema:20,parentSchema:schema35.properties.customClauses,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
const len1 = data24.length;
for(let i3=0; i3<len1; i3++){
if(!(validate73(data24[i3], {instancePath:instancePath+"/customClauses/" + i3,parentData:data24,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/customClauses",schemaPath:"#/properties/customClauses/type",keyword:"type",params:{type: "array"},schema:schema35.properties.customClauses.type,parentSchema:schema35.properties.customClauses,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.metadata !== undefined){
let data26 = data.metadata;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(Object.keys(data26).length > 50){
const err50 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},schema:50,parentSchema:schema35.properties.metadata,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key2 in data26){
const _errs53 = errors;
const _errs54 = errors;
const _errs55 = errors;
if(!((key2 === "constructor") || (key2 === "prototype"))){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid15 = _errs55 === errors;
if(valid15){
const err52 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/not",keyword:"not",params:{},schema:schema35.properties.metadata.propertyNames.not,parentSchema:schema35.properties.metadata.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
if(typeof key2 === "string"){
if(!pattern24.test(key2)){
const err53 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"},schema:"^[A-Za-z][A-Za-z0-9_.-]{0,63}$",parentSchema:schema35.properties.metadata.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var valid14 = _errs53 === errors;
if(!valid14){
const err54 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key2},schema:schema35.properties.metadata.propertyNames,parentSchema:schema35.properties.metadata,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
for(const key3 in data26){
let data27 = data26[key3];
const _errs60 = errors;
keyword0.errors = null;
const valid18 = keyword0("line", data27, schema46, {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data26,parentDataProperty:key3,rootData,dynamicAnchors});
if(!valid18){
if(Array.isArray(keyword0.errors)){
vErrors = vErrors === null ? keyword0.errors : vErrors.concat(keyword0.errors);
errors = vErrors.length;
for(let i4=_errs60; i4<errors; i4++){
const err55 = vErrors[i4];
if(err55.instancePath === undefined){
err55.instancePath = instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1");
}
err55.schemaPath = "#/$defs/line/x-text";
err55.schema = "line";
err55.data = data27;
}
}
else {
const err56 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/line/x-text",keyword:"x-text",params:{},schema:"line",parentSchema:schema46,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(typeof data27 === "string"){
if(func2(data27) > 500){
const err57 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/line/maxLength",keyword:"maxLength",params:{limit: 500},schema:500,parentSchema:schema46,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data27) < 1){
const err58 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/line/minLength",keyword:"minLength",params:{limit: 1},schema:1,parentSchema:schema46,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},schema:schema46.type,parentSchema:schema46,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},schema:schema35.properties.metadata.type,parentSchema:schema35.properties.metadata,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

