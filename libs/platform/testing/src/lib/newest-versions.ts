/**
 * A read model as a service keeps it in a test: for each record the highest version written, so
 * a retried or late write never takes a record back (the service's versioned upsert, in memory).
 */
export class NewestVersions<T extends { version: number }> extends Map<string, T> {
  keep(id: string, record: T): void {
    if ((this.get(id)?.version ?? -1) < record.version) this.set(id, record);
  }
}
