#!/bin/sh
# Registers the namespace Bastion's services use, once the Temporal server answers. Does nothing
# when it exists already (the retention of an existing namespace is left as it is).
# Environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_RETENTION.
set -eu

address=${TEMPORAL_ADDRESS:?TEMPORAL_ADDRESS is not set}
namespace=${TEMPORAL_NAMESPACE:-default}
retention=${TEMPORAL_RETENTION:-720h}

tries=0
until temporal operator cluster health --address "$address" >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ]; then
    echo "Temporal at $address did not become healthy" >&2
    exit 1
  fi
  sleep 2
done

if temporal operator namespace describe --namespace "$namespace" --address "$address" >/dev/null 2>&1; then
  echo "Namespace $namespace exists"
else
  temporal operator namespace create --namespace "$namespace" --retention "$retention" --address "$address"
  echo "Registered namespace $namespace (retention $retention)"
fi
