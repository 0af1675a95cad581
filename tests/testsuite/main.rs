//! The one integration test binary.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::print_stderr
)]

mod adversarial;
mod api;
mod corpus;
mod quotes;
mod regressions;
mod render;
mod seed;
mod speakers;
mod structure;
mod support;
