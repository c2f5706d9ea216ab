// @ironclad/bots: negotiating agents and the Moscow red cell, built on the engine only.
export { aspiration, concessionShare, PERSONALITY_EXPONENTS, type Personality } from "./concession.ts";
