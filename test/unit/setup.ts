// Property tests explore the same inputs on every run, so a red CI run can be reproduced and is never luck.
// To explore further locally: FC_SEED=<any number> npm run test:unit
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20250411) });
