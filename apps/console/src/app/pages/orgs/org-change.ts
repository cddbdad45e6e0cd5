/** What the tree must do after the detail panel changed something. */
export interface OrgChange {
  /** Levels to reload: the parents whose children changed (`null`: the top level). */
  refresh: (string | null)[];
  /** A node to select next, e.g. a new child or the parent of a dissolved node. */
  select?: string | null;
}
