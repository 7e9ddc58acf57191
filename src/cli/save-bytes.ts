import { promises as fs } from "fs";
import path from "path";

/**
 * Writes bytes to `target` without ever leaving a half-written file there: a temporary name next to
 * it first, then a rename over it. Rejects when the folder is missing or the file cannot be replaced.
 */
export async function saveBytesAtomically(bytes: Uint8Array, target: string): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
