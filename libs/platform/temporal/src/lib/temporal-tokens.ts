/** The Temporal `Client` of this service. */
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
/** The `Connection` under that client, for health checks. */
export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
