//! The messages between the page and the worker, as JSON text: what the page asks
//! ([`Request`], with an instrument's [`Job`]) and what the worker answers ([`Reply`]).

mod reply;
mod request;

pub use reply::Reply;
pub use request::{Job, Request};
