// "New quick game" from a table's debrief (#21, item 3): the same person in the same seat at a new
// table, with the settings of the game they just played. Their seat token is their proof.
import { ApiError } from "./api-error.ts";
import { hashSecret } from "./secrets.ts";
import type { Admission, SessionService } from "./session-service.ts";
import type { TableConfig } from "./session-settings.ts";
import type { Store } from "./store.ts";

/** Starts a person's next quick game from the table they sat at. */
export class PlayAgainService {
  readonly #store: Store;
  readonly #sessions: Pick<SessionService, "quickGame" | "copyIfOwn">;
  constructor(store: Store, sessions: Pick<SessionService, "quickGame" | "copyIfOwn">) {
    this.#store = store;
    this.#sessions = sessions;
  }

  /**
   * A new quick game for the person this token seats at `tableId`: their seat, their name, the
   * table's scenario (a copy of it when its facilitator brought it); a quick game's own clock and listing too (a facilitator's table lends only
   * its scenario, and the quick game keeps its usual clock).
   */
  async quickGameAgain(tableId: string, seatToken: string): Promise<Admission> {
    const table = await this.#store.getTable(tableId);
    const person = table ? await this.#store.getPersonByToken(table.id, hashSecret(seatToken)) : null;
    if (!table || !person) throw new ApiError(404, "table/not_found", "This browser holds no seat at that table.");
    if (!person.seat) throw new ApiError(403, "seat/observer", "Observers have no seat to play again.");
    const config = table.config as TableConfig;
    // A scenario the table's facilitator brought goes with the new game as a copy of its own.
    const own = await this.#sessions.copyIfOwn(table.scenarioId);
    return this.#sessions.quickGame(
      {
        seat: person.seat,
        name: person.name,
        scenario: own ? undefined : table.scenarioId,
        ...(config.autoStart ? { timings: config.timings, listed: table.listed } : {}),
      },
      own,
    );
  }
}
