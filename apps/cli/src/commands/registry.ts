import type { Command } from "../command";
import { templatesCommand } from "./templates";
import { newCommand } from "./new";
import { validateCommand } from "./validate";
import { lintCommand } from "./lint";
import { convertCommand } from "./convert";
import { renderCommand } from "./render";
import { analyzeCommand } from "./analyze";
import { diffCommand } from "./diff";
import { eventsCommand } from "./events-entry";

/** Every subcommand, in the order `kaart --help` lists them. */
export const COMMANDS: Command[] = [
  templatesCommand,
  newCommand,
  validateCommand,
  lintCommand,
  convertCommand,
  renderCommand,
  analyzeCommand,
  diffCommand,
  eventsCommand,
];
