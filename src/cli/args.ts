/**
 * argv → what to do. Wrong usage is a value (with a Chinese message), never a throw.
 */
export interface ScoreArgs {
  command: "score";
  input: string;
  period: string;
  out: string | null;
  json: string | null;
  /** `--docx`: the bulletin draft (通报稿) as a Word document. */
  docx: string | null;
  /** `--with-months`: a quarter or year also writes its months' sheets. */
  withMonths: boolean;
}

export interface DemoArgs {
  command: "demo";
  period: string;
}

export type CliArgs = ScoreArgs | DemoArgs | { command: "help" };
export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

/** The month `jsjb demo` scores unless told otherwise (the month of RUBRIC §8). */
export const DEMO_PERIOD = "2026-03";

const OPTIONS: Record<string, readonly string[]> = {
  score: ["--period", "--out", "--json", "--docx", "--with-months"],
  demo: ["--period"],
};

/** Options that take no value: present or absent. */
const FLAGS: readonly string[] = ["--with-months"];

const usageError = (message: string): ParsedArgs => ({ ok: false, message });

/** Splits `--name value` and `--name=value` options from positional arguments. */
function splitOptions(
  tokens: readonly string[],
  allowed: readonly string[],
): { options: Map<string, string>; flags: Set<string>; positional: string[] } | { message: string } {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith("--")) {
      positional.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const name = eq >= 0 ? token.slice(0, eq) : token;
    if (!allowed.includes(name)) return { message: `未知选项：${name}（可用选项：${allowed.join("、")}）` };
    if (FLAGS.includes(name)) {
      if (eq >= 0) return { message: `选项 ${name} 不接受取值` };
      if (flags.has(name)) return { message: `选项 ${name} 只能给一次` };
      flags.add(name);
      continue;
    }
    const value = eq >= 0 ? token.slice(eq + 1) : tokens[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
      return { message: `选项 ${name} 缺少取值` };
    }
    if (options.has(name)) return { message: `选项 ${name} 只能给一次` };
    options.set(name, value);
  }
  return { options, flags, positional };
}

/**
 * Reads the command line (without `node` and the script).
 * @example parseArgs(["score", "in.xlsx", "--period", "2026-03"]) // { ok: true, args: { command: "score", … } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError("缺少命令：请使用 score 或 demo");
  if (command === "-h" || command === "--help" || command === "help") return { ok: true, args: { command: "help" } };
  const allowed = OPTIONS[command];
  if (!allowed) return usageError(`未知命令：${command}（可用命令：score、demo）`);
  if (rest.includes("-h") || rest.includes("--help")) return { ok: true, args: { command: "help" } };
  const split = splitOptions(rest, allowed);
  if ("message" in split) return usageError(split.message);
  const { options, flags, positional } = split;

  if (command === "demo") {
    if (positional.length > 0) return usageError(`demo 不接受文件参数：${positional.join(" ")}`);
    return { ok: true, args: { command: "demo", period: options.get("--period") ?? DEMO_PERIOD } };
  }
  if (positional.length === 0) return usageError("缺少输入工作簿：jsjb score 输入.xlsx --period 期间");
  if (positional.length > 1) return usageError(`只能给一个输入工作簿，收到了 ${positional.length} 个：${positional.join("、")}`);
  const period = options.get("--period");
  if (period === undefined) return usageError("缺少 --period：请给出月份（2026-03）、季度（2026Q1）或年度（2026）");
  return {
    ok: true,
    args: {
      command: "score", input: positional[0], period,
      out: options.get("--out") ?? null, json: options.get("--json") ?? null, docx: options.get("--docx") ?? null,
      withMonths: flags.has("--with-months"),
    },
  };
}
