//! Speaker resolution (filled in by the speakers pass).

use crate::model::{Paragraph, Quote, Speaker};

pub(crate) fn resolve(
    _src: &str,
    _paragraphs: &[Paragraph],
    _quotes: &mut [Quote],
) -> Vec<Speaker> {
    Vec::new()
}
