import { describeDefs } from "./test-defs.js";
import { SCALAR_DEFS } from "./test-defs-scalar.js";

describeDefs(SCALAR_DEFS);
