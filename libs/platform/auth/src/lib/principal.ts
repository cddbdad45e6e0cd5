/** A role held at an organisation node; it reaches the node's whole subtree. */
export interface Grant {
  role: string;
  orgId: string;
  /** Materialised path of the node, `/<root id>/…/<node id>/`. */
  orgPath: string;
}

/** The authenticated caller of a request, as its access token describes them. */
export interface Principal {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  personId: string | null;
  isAdmin: boolean;
  grants: Grant[];
}
