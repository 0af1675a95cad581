//! The error of the bytes entry point.

/// Why [`crate::parse_bytes`] could not parse its input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not valid UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The input is longer than [`crate::ParseOptions::max_input_len`].
    #[error("input is {len} bytes, over the limit of {limit} bytes")]
    TooLong {
        /// Input length in bytes.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
}
