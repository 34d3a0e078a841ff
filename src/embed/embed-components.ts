// The components a chapter's MDX uses, as an embed renders them: its <Scrolly> and <Step> become the
// stepper's chart sections and steps; everything else renders as on the chapter page.
import { mdxComponents } from "../components/mdx-components";
import EmbedScrolly from "./EmbedScrolly.astro";
import EmbedStep from "./EmbedStep.astro";

export const embedComponents = { ...mdxComponents, Scrolly: EmbedScrolly, Step: EmbedStep };
