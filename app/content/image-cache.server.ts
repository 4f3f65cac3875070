/**
 * Transformed images on disk (`image-cache/` beside the content store's database, e.g.
 * .data/image-cache/), so a variant is made once per deployment and not once per
 * process: a restart, or a burst of cold requests after it, reads files instead of
 * re-encoding. Keyed by the original's name and the normalized parameters (the caller's
 * key), written through a temporary file and a rename so a reader never sees half a
 * file, and bounded: past `maxBytes` the least recently used files are deleted.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

interface Entry {
  size: number;
  usedAt: number;
}

export class DiskImageCache {
  private index?: Promise<Map<string, Entry>>;
  private bytes = 0;

  constructor(
    readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  /** The file name of a key: its hash, so any parameters make a safe, fixed-length name. */
  static fileName(key: string): string {
    return `${createHash("sha256").update(key).digest("hex").slice(0, 40)}.bin`;
  }

  async get(key: string): Promise<Buffer | undefined> {
    const index = await this.load();
    const name = DiskImageCache.fileName(key);
    const entry = index.get(name);
    if (!entry) return undefined;
    try {
      const body = await readFile(path.join(this.dir, name));
      entry.usedAt = Date.now();
      return body;
    } catch {
      index.delete(name);
      this.bytes -= entry.size;
      return undefined;
    }
  }

  async set(key: string, body: Buffer): Promise<void> {
    if (body.length > this.maxBytes / 8) return;
    const index = await this.load();
    const name = DiskImageCache.fileName(key);
    const temp = path.join(this.dir, `${name}.${randomBytes(6).toString("hex")}.tmp`);
    await writeFile(temp, body);
    await rename(temp, path.join(this.dir, name));
    const old = index.get(name);
    if (old) this.bytes -= old.size;
    index.set(name, { size: body.length, usedAt: Date.now() });
    this.bytes += body.length;
    await this.evict(index);
  }

  /** Reads what an earlier process left (sizes, modification times); removes stray temporary files. */
  private load(): Promise<Map<string, Entry>> {
    this.index ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      const index = new Map<string, Entry>();
      for (const name of await readdir(this.dir)) {
        const file = path.join(this.dir, name);
        if (name.endsWith(".tmp")) {
          await unlink(file).catch(() => {});
          continue;
        }
        if (!name.endsWith(".bin")) continue;
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) continue;
        index.set(name, { size: info.size, usedAt: info.mtimeMs });
        this.bytes += info.size;
      }
      await this.evict(index);
      return index;
    })();
    return this.index;
  }

  private async evict(index: Map<string, Entry>): Promise<void> {
    if (this.bytes <= this.maxBytes) return;
    const oldestFirst = [...index].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [name, entry] of oldestFirst) {
      if (this.bytes <= this.maxBytes) break;
      index.delete(name);
      this.bytes -= entry.size;
      await unlink(path.join(this.dir, name)).catch(() => {});
    }
  }
}
