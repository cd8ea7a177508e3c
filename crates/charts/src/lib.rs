//! heat-twin charts (placeholder, being written).
