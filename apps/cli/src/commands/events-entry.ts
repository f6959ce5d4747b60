import type { Command } from "../command";
import { runEventsCommand } from "./events/events-command";

/** `kaart events …`: event-log analytics; the subcommands live in ./events/. */
export const eventsCommand: Command = {
  name: "events",
  summary: "event-log analytics: stats, dfg, variants, funnel, paths, time, predict, bind, discover",
  usage: "kaart events <stats|dfg|variants|funnel|paths|time|predict|bind|discover> <log> [options]",
  run: runEventsCommand,
};
