import type { ParseArgsConfig } from "node:util";
import type { EventLog, Segment } from "@kaart/analytics";
import type { FlagValues } from "./events-flags";

/** What a query subcommand prints: the result as JSON (`--json`) and as text for people. */
export interface EventsOutput {
  json: unknown;
  text: string;
}

/**
 * One query subcommand of `kaart events`. `prepare` checks its flags before the log is read
 * (usage errors fail fast) and returns the step that runs the query on the loaded log.
 */
export interface EventsSubcommand {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  prepare(values: FlagValues, segment: Segment): (log: EventLog) => EventsOutput;
}
