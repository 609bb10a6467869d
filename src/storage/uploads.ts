import type { UploadMetadata } from "../lib/uploads/upload-id";

/**
 * Photos in R2 (`uploads/YYYY-MM-DD/<id>`, src/lib/keys.ts): the one module that writes, reads and
 * deletes them (the upload route, the smart assistant's vision call, the GDPR routes).
 */

/** Stores a photo under its key with the type detected from its bytes; R2 checks the hash. */
export async function saveUpload(
  bucket: R2Bucket,
  key: string,
  bytes: Uint8Array,
  record: UploadMetadata,
): Promise<void> {
  await bucket.put(key, bytes, {
    httpMetadata: { contentType: record.detectedType },
    customMetadata: { ...record },
    sha256: record.sha256,
  });
}

/** The stored photo with its body, or null when it is gone. */
export function loadUpload(bucket: R2Bucket, key: string): Promise<R2ObjectBody | null> {
  return bucket.get(key);
}

/** Removes one photo (an upload the session refused after all). */
export async function deleteUpload(bucket: R2Bucket, key: string): Promise<void> {
  await bucket.delete(key);
}

/** Each key's stored object (metadata only), or null where it is gone. */
export function headUploads(bucket: R2Bucket, keys: string[]): Promise<(R2Object | null)[]> {
  return Promise.all(keys.map((key) => bucket.head(key)));
}

/** Deletes the photos; answers how many were still there. */
export async function deleteUploads(bucket: R2Bucket, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const present = await headUploads(bucket, keys);
  await bucket.delete(keys);
  return present.filter((p) => p !== null).length;
}
