//! Plain text as people type it: paragraphs, line breaks and links. No HTML is ever rendered
//! from input; this only finds where the links are. Also the rule every typed field passes
//! before any server function sees it: no invisible control or direction characters, and NFC.

use unicode_normalization::UnicodeNormalization;

/// Characters no field may hold: C0 and C1 control characters (but tab and line breaks, which
/// multi-line fields use and single-line fields fold into spaces), DEL, NUL, and the bidi
/// embeddings, overrides and isolates that make text read differently from what is stored
/// (U+202A–U+202E, U+2066–U+2069).
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A typed value as it is kept: refused when it holds a forbidden character, otherwise in
/// Unicode NFC (so "é" typed two ways is one word).
pub fn clean_value(value: &str) -> Option<String> {
    if value.chars().any(is_forbidden_char) {
        None
    } else if value.is_ascii() {
        Some(value.to_owned())
    } else {
        Some(value.nfc().collect())
    }
}

/// A piece of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Link(String),
}

/// Paragraphs (split on empty lines) of lines of pieces.
pub fn paragraphs(text: &str) -> Vec<Vec<Vec<Piece>>> {
    let finder = {
        let mut f = linkify::LinkFinder::new();
        f.kinds(&[linkify::LinkKind::Url]);
        f
    };
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|paragraph| {
            paragraph
                .lines()
                .map(|line| {
                    finder
                        .spans(line)
                        .map(|span| match span.kind() {
                            Some(_) if is_web_link(span.as_str()) => Piece::Link(span.as_str().to_owned()),
                            _ => Piece::Text(span.as_str().to_owned()),
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Only http and https links become clickable (never `javascript:` or `data:`).
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_direction_characters_are_refused_and_the_rest_is_nfc() {
        for bad in [
            "a\u{0}b",
            "bel\u{7}",
            "esc\u{1b}[31m",
            "\u{202e}gnp.exe",
            "x\u{2066}y",
            "c1\u{85}",
            "del\u{7f}",
        ] {
            assert_eq!(clean_value(bad), None, "{bad:?}");
        }
        assert_eq!(
            clean_value("regel 1\nregel 2\r\n\tin").as_deref(),
            Some("regel 1\nregel 2\r\n\tin")
        );
        // e + combining acute becomes the one character é.
        assert_eq!(clean_value("caf\u{65}\u{301}").as_deref(), Some("caf\u{e9}"));
        assert_eq!(clean_value("Zoë ❤ 日本").as_deref(), Some("Zoë ❤ 日本"));
    }

    #[test]
    fn paragraphs_and_lines_are_kept() {
        let result = paragraphs("Eerste regel\nTweede regel\n\nNieuwe alinea");
        assert_eq!(result.len(), 2);
        assert_eq!(result[0].len(), 2);
        assert_eq!(result[1], vec![vec![Piece::Text("Nieuwe alinea".into())]]);
    }

    #[test]
    fn web_links_are_found() {
        let result = paragraphs("Kijk op https://example.org/agenda voor meer.");
        assert_eq!(
            result[0][0],
            vec![
                Piece::Text("Kijk op ".into()),
                Piece::Link("https://example.org/agenda".into()),
                Piece::Text(" voor meer.".into())
            ]
        );
    }

    #[test]
    fn markup_and_script_links_stay_text() {
        let result = paragraphs("<b>vet</b> javascript:alert(1)");
        assert!(result[0][0].iter().all(|piece| matches!(piece, Piece::Text(_))));
    }
}
