//! Compact equations and symbols: `T_{out}` (or `T_[out]`, the form used in the `.ftl` files,
//! where braces are Fluent's) becomes T<sub>out</sub>, `(1 + r)^{n}` becomes (1 + r)<sup>n</sup>,
//! and `*{Fallback.}` puts a paragraph's lead words in bold. Nothing else is interpreted, so
//! input names such as `loop_out_c` stay as they are.

use leptos::prelude::*;

/// A run of an equation's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// A subscript.
    Sub(&'a str),
    /// A superscript.
    Sup(&'a str),
    /// Lead words in bold.
    Strong(&'a str),
}

/// Splits `text` at `_{…}`, `^{…}` and `*{…}` (or the same with brackets); an unclosed brace
/// leaves the rest as plain text.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let next = [
            ("_{", 0, '}'),
            ("^{", 1, '}'),
            ("*{", 2, '}'),
            ("_[", 0, ']'),
            ("^[", 1, ']'),
            ("*[", 2, ']'),
        ]
        .into_iter()
        .filter_map(|(mark, kind, close)| rest.find(mark).map(|at| (at, kind, close)))
        .min_by_key(|&(at, _, _)| at);
        let Some((at, kind, close)) = next else { break };
        let Some(len) = rest[at + 2..].find(close) else {
            break;
        };
        if at > 0 {
            out.push(Piece::Text(&rest[..at]));
        }
        let inner = &rest[at + 2..at + 2 + len];
        out.push(match kind {
            0 => Piece::Sub(inner),
            1 => Piece::Sup(inner),
            _ => Piece::Strong(inner),
        });
        rest = &rest[at + 3 + len..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// The text with its sub- and superscripts, as inline nodes.
pub fn rich(text: &str) -> impl IntoView {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string().into_any(),
            Piece::Sub(t) => view! { <sub>{t.to_string()}</sub> }.into_any(),
            Piece::Sup(t) => view! { <sup>{t.to_string()}</sup> }.into_any(),
            Piece::Strong(t) => view! { <strong>{t.to_string()}</strong> }.into_any(),
        })
        .collect_view()
}

/// The text as it reads without markup (for tests and accessible names).
#[cfg(test)]
pub fn plain(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Sub(t) | Piece::Sup(t) | Piece::Strong(t) => t,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscripts_and_superscripts() {
        assert_eq!(
            pieces("T_{smooth}[h] = x_{a}^{2}"),
            vec![
                Piece::Text("T"),
                Piece::Sub("smooth"),
                Piece::Text("[h] = x"),
                Piece::Sub("a"),
                Piece::Sup("2"),
            ]
        );
        assert_eq!(
            pieces("r(1 + r)^{n}"),
            vec![Piece::Text("r(1 + r)"), Piece::Sup("n")]
        );
        assert_eq!(
            pieces("*{Lead.} rest"),
            vec![Piece::Strong("Lead."), Piece::Text(" rest")]
        );
    }

    #[test]
    fn names_with_underscores_and_unclosed_braces_stay_plain() {
        assert_eq!(
            pieces("loop_out_c · pue"),
            vec![Piece::Text("loop_out_c · pue")]
        );
        assert_eq!(pieces("x_{open"), vec![Piece::Text("x_{open")]);
        assert_eq!(plain("T_{out}[h]"), "Tout[h]");
        assert!(pieces("").is_empty());
    }

    #[test]
    fn brackets_from_the_message_files() {
        assert_eq!(
            pieces("*[Lead.] T_[out][h] and (1 + r)^[n]"),
            vec![
                Piece::Strong("Lead."),
                Piece::Text(" T"),
                Piece::Sub("out"),
                Piece::Text("[h] and (1 + r)"),
                Piece::Sup("n"),
            ]
        );
    }

    #[test]
    fn every_method_text_has_balanced_markup() {
        use crate::i18n::{translate, Lang};
        for lang in Lang::ALL {
            for topic in super::super::text::TOPICS {
                for para in topic.paras {
                    for key in std::iter::once(&para.text).chain(para.eqs.iter()) {
                        let s = translate(lang, key, &[]);
                        let p = plain(&s);
                        let left = ["_{", "^{", "*{", "_[", "^[", "*["]
                            .iter()
                            .find(|m| p.contains(*m));
                        assert!(left.is_none(), "{lang:?} {}: {s}", topic.id);
                    }
                }
            }
        }
    }
}
