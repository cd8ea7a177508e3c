//! The whole scenario in the page's address (being written).

use crate::state::Twin;

/// Keeps the address in step with the scenario and restores a scenario from it (stub).
pub fn use_share_link(twin: Twin) {
    let _ = twin;
}
