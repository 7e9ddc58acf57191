/**
 * The files a run writes (`--out`, `--json`, …): every path checked before the workbook is read,
 * and all of them written or none. Each file is first written in full to a temporary name beside
 * its target (the risky part: disk full, permissions); only when every one is complete are they
 * renamed into place (the commit). A failure removes the temporary files and puts back whatever
 * the renames had replaced. Messages are Chinese; no system error code is shown.
 */
import { promises as fs } from "fs";
import path from "path";
import { sameFile } from "./paths";

/** An output option: its flag, and the file extension it requires (null: any). */
export interface OutputOption {
  option: string;
  extension: string | null;
}

/** A file to write: the option that named it and its path as given. */
export interface OutputTarget extends OutputOption {
  file: string;
}

/** One output file to write: where, and how to write its whole content to a (temporary) path. */
export interface OutputWrite {
  target: string;
  write(temporary: string): Promise<void>;
}

/** The output paths given, in order (options whose value is null are left out). */
export function outputTargets(options: readonly (readonly [OutputOption, string | null])[]): OutputTarget[] {
  return options.filter(([, file]) => file !== null).map(([o, file]) => ({ ...o, file: file as string }));
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

async function writable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why one output path cannot be written, or null. */
async function targetProblem(t: OutputTarget, input: string): Promise<string | null> {
  const resolved = path.resolve(t.file);
  const folder = path.dirname(resolved);
  if (t.extension !== null && path.extname(resolved).toLowerCase() !== t.extension) {
    return `${t.option} 应为 ${t.extension} 文件：${t.file}`;
  }
  if (await sameFile(t.file, input)) {
    return `${t.option} 不能是输入工作簿本身（${t.file}）：输入文件从不改动，请另选一个文件名`;
  }
  const folderStat = await statOrNull(folder);
  if (folderStat === null) return `${t.option} 的文件夹不存在：${folder}`;
  if (!folderStat.isDirectory()) return `${t.option} 的上级路径不是文件夹：${folder}`;
  const stat = await statOrNull(resolved);
  if (stat !== null && stat.isDirectory()) return `${t.option} 指向的是文件夹，不是文件：${t.file}（请在文件夹后加上文件名）`;
  if (stat !== null && !stat.isFile()) return `${t.option} 指向的不是普通文件：${t.file}`;
  if (stat !== null && !(await writable(resolved))) return `${t.option} 的文件不能写入（只读或没有权限）：${t.file}`;
  if (!(await writable(folder))) return `${t.option} 的文件夹不能写入（没有权限）：${folder}`;
  return null;
}

/**
 * Checks every output path before anything is read or written: a file (not a folder) in an
 * existing, writable folder, not the input workbook, not another output. A Chinese message, or null.
 */
export async function outputPathProblem(input: string, targets: readonly OutputTarget[]): Promise<string | null> {
  for (const t of targets) {
    const problem = await targetProblem(t, input);
    if (problem) return problem;
  }
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      if (await sameFile(targets[i].file, targets[j].file)) return `${targets[i].option} 与 ${targets[j].option} 不能是同一个文件`;
    }
  }
  return null;
}

/** What a system error means for the file being written, in Chinese (the error code itself is never shown). */
export function writeErrorReason(error: unknown, platform: NodeJS.Platform = process.platform): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "EBUSY":
      return "文件正被其他程序占用（是否正在 Excel 中打开？请关闭后重试）";
    case "EPERM":
      return platform === "win32" ? "没有权限或文件正被占用（是否正在 Excel 中打开？请关闭后重试）" : "没有写入权限";
    case "EACCES":
      return "没有写入权限";
    case "EISDIR":
      return "目标是文件夹，不是文件";
    case "ENOENT":
      return "文件夹不存在或已被移走";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    case "ENOSPC":
    case "EDQUOT":
      return "磁盘空间不足";
    case "EROFS":
      return "所在磁盘是只读的";
    case "ENAMETOOLONG":
      return "文件名或路径太长";
    case "EINVAL":
      return "文件名无效";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件太多";
    case "EIO":
      return "磁盘读写出错";
    default:
      return "系统拒绝写入";
  }
}

/** A failed write: which file, and why (Chinese). */
export class OutputWriteError extends Error {
  constructor(readonly target: string, readonly reason: string) {
    super(`无法写入 ${target}：${reason}；未写入任何文件`);
    this.name = "OutputWriteError";
  }
}

const unique = () => `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const beside = (target: string, tag: string) =>
  path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${unique()}.${tag}`);

const removeQuietly = (file: string) => fs.rm(file, { force: true }).catch(() => undefined);

/** A second name for the file at `target` (null when there is none), so a rollback can put it back. */
async function keepOld(target: string): Promise<string | null> {
  if (!(await statOrNull(target))) return null;
  const backup = beside(target, "bak");
  try {
    await fs.link(target, backup);
  } catch {
    await fs.copyFile(target, backup);
  }
  return backup;
}

/**
 * Writes every file or none (see the module comment). Rejects with an OutputWriteError naming the
 * file that failed; the targets are then as they were before the call.
 */
export async function writeAllOrNothing(writes: readonly OutputWrite[]): Promise<void> {
  const temporaries: string[] = [];
  // 1. The risky writes, each in full, beside its target.
  for (const w of writes) {
    const temporary = beside(w.target, "tmp");
    temporaries.push(temporary);
    try {
      await w.write(temporary);
    } catch (error) {
      await Promise.all(temporaries.map(removeQuietly));
      throw new OutputWriteError(w.target, writeErrorReason(error));
    }
  }
  // 2. The commit: keep a second name for any existing target (a hard link, or a copy where the disk
  //    has no links), then rename each temporary over its target (atomic: the target is never missing).
  const backups: (string | null)[] = [];
  const placed: number[] = [];
  let failed: { target: string; error: unknown } | null = null;
  for (let i = 0; i < writes.length && !failed; i++) {
    const target = path.resolve(writes[i].target);
    try {
      backups[i] = await keepOld(target);
      await fs.rename(temporaries[i], target);
      placed.push(i);
    } catch (error) {
      failed = { target: writes[i].target, error };
      const backup = backups[i];
      if (backup) await removeQuietly(backup);
      backups[i] = null;
    }
  }
  if (failed) {
    // 3. Roll back: the new files out, the old ones back.
    for (const i of placed.reverse()) {
      const target = path.resolve(writes[i].target);
      const backup = backups[i];
      if (backup) await fs.rename(backup, target).catch(() => undefined);
      else await removeQuietly(target);
    }
    await Promise.all(temporaries.map(removeQuietly));
    throw new OutputWriteError(failed.target, writeErrorReason(failed.error));
  }
  await Promise.all(backups.filter((b): b is string => b !== null).map(removeQuietly));
}
