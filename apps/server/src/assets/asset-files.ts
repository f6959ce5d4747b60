import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Uploaded bytes under `<DATA_DIR>/assets/<asset id>`. Names on disk are server-made ids only,
 * so no uploaded name ever reaches the file system. Written to a temporary name and renamed, so
 * a reader never sees half a file (instances sharing the volume included).
 */
export class AssetFiles {
  constructor(readonly dir: string) {}

  path(id: string): string {
    if (!/^ast_[A-Za-z0-9_-]{22}$/.test(id)) throw new Error(`not an asset id: ${id}`);
    return join(this.dir, id);
  }

  async write(id: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.path(id)}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, this.path(id));
  }

  read(id: string): Promise<Buffer> {
    return readFile(this.path(id));
  }
}
