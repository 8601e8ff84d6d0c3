//! Plain text as people type it: paragraphs, line breaks and links. No HTML is ever rendered
//! from input; this only finds where the links are.

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
