/**
 * Photos in R2 (`uploads/YYYY-MM-DD/<id>`, src/lib/keys.ts), as the GDPR routes see them: what is
 * still stored, and deleting a conversation's photos. The upload route writes and serves them.
 */

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
