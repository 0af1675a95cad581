//! One input per bug or fuzz crash, kept in tests/regressions/ with a note on what broke.

use crate::support::parse_valid;

#[test]
fn all_regressions_pass_the_validator() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/regressions") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "txt") {
            let bytes = std::fs::read(&path).expect("read");
            let text = String::from_utf8_lossy(&bytes);
            parse_valid(&text);
            n += 1;
        }
    }
    assert!(n > 0, "no regression inputs found");
}
