//! heat-twin app.
