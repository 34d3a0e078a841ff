// The components chapter MDX may use without importing them.
import CheckData from "./CheckData.astro";
import Fact from "./Fact.astro";
import QeExplorer from "./QeExplorer.astro";
import RippleCards from "./RippleCards.astro";
import Term from "./Term.astro";
import Scrolly from "../scrolly/Scrolly.astro";
import Step from "../scrolly/Step.astro";

export const mdxComponents = { CheckData, Fact, QeExplorer, RippleCards, Term, Scrolly, Step };
