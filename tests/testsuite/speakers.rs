//! Speaker resolution across the article.
