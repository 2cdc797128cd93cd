// ajv cannot write standalone code for a keyword defined by a `validate`
// function: it has no name for the function in the generated module. This wraps
// such a definition in one that writes the call itself, naming the function
// `keywordValidators["<keyword>"]`, which the generated module imports. The code
// it writes is what ajv writes for function keywords in memory (funcKeywordCode):
// call the function with the schema value, the data and the data's context, and
// on failure append the function's errors. Used only to generate the validator.
import {
  _,
  Name,
  nil,
  type CodeKeywordDefinition,
  type FuncKeywordDefinition,
  type KeywordCxt,
} from "ajv";
import { not } from "ajv/dist/compile/codegen/index.js";
import { extendErrors } from "ajv/dist/compile/errors.js";
import { callValidateCode } from "ajv/dist/vocabularies/code.js";

const vErrors = new Name("vErrors");
const errorCount = new Name("errors");

export function standaloneKeyword(definition: FuncKeywordDefinition): CodeKeywordDefinition {
  const name = definition.keyword;
  const { validate } = definition;
  if (typeof name !== "string" || validate === undefined) {
    throw new Error("a standalone keyword needs one name and a validate function");
  }
  return {
    keyword: name,
    // extendErrors needs the error count from before the call, which ajv keeps only when asked.
    trackErrors: true,
    ...(definition.metaSchema === undefined ? {} : { metaSchema: definition.metaSchema }),
    code(cxt: KeywordCxt) {
      const { gen } = cxt;
      const ref = gen.scopeValue("keyword", {
        ref: validate,
        code: _`keywordValidators[${name}]`,
      });
      const errors = _`${ref}.errors`;
      gen.assign(errors, null);
      const valid = gen.const("valid", callValidateCode(cxt, ref, nil, true));
      gen.if(not(valid), () =>
        gen.if(
          _`Array.isArray(${errors})`,
          () => {
            gen
              .assign(vErrors, _`${vErrors} === null ? ${errors} : ${vErrors}.concat(${errors})`)
              .assign(errorCount, _`${vErrors}.length`);
            extendErrors(cxt);
          },
          () => cxt.error(),
        ),
      );
      cxt.ok(valid);
    },
  };
}
