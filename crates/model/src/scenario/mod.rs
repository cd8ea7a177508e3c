//! Scenario parsing and validation (being written).
