//! Cross-field problems (MODEL.md §3) in plain words, for the field just edited: the fields by
//! their labels with their values and units, no JSON names (those stay in the full problem
//! text of the command line and the warnings list).

use super::{label, number, t, text, unit_suffix};
use crate::i18n::Lang;
use heat_twin_model::scenario::{field, CrossRule, Problem, ProblemKind, Resolved};

/// "Supply in cold weather (75 °C)": the field's label (its path when it has none), its value
/// and unit.
fn labelled(lang: Lang, r: &Resolved) -> String {
    let name = label(lang, r.path).unwrap_or_else(|| r.path.to_string());
    let unit = field(r.path).map(|s| s.unit).unwrap_or("");
    let value = if unit == "share" {
        format!("{} %", number(lang, r.value.0 * 100.0))
    } else {
        format!("{}{}", number(lang, r.value.0), unit_suffix(lang, unit))
    };
    format!("{name} ({value})")
}

/// A broken cross-field rule as one plain sentence.
pub fn cross_plain(lang: Lang, rule: &CrossRule) -> String {
    let l = |r: &Resolved| text(labelled(lang, r));
    match rule {
        CrossRule::SupplyMaxBelowMin { max, min } => t(
            lang,
            "problem-plain-max-below-min",
            &[("max", l(max)), ("min", l(min))],
        ),
        CrossRule::SupplyMinNotAboveReturn { min, ret } => t(
            lang,
            "problem-plain-min-not-above-return",
            &[("min", l(min)), ("ret", l(ret))],
        ),
        CrossRule::GroundNotBelowMean {
            ground, min, ret, ..
        } => t(
            lang,
            "problem-plain-ground",
            &[("ground", l(ground)), ("min", l(min)), ("ret", l(ret))],
        ),
        CrossRule::DhwAboveSupplyMax { dhw, max, .. } => t(
            lang,
            "problem-plain-dhw",
            &[("dhw", l(dhw)), ("max", l(max))],
        ),
    }
}

/// The problems in plain words when every one is a cross-field rule (one sentence each);
/// None otherwise (the caller shows the full text).
pub fn cross_problems_plain(lang: Lang, problems: &[Problem]) -> Option<String> {
    let sentences: Option<Vec<String>> = problems
        .iter()
        .map(|p| match p.kind.as_ref() {
            ProblemKind::CrossField(rule) => Some(cross_plain(lang, rule)),
            _ => None,
        })
        .collect();
    sentences.filter(|s| !s.is_empty()).map(|s| s.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::scenario::{FieldValue, Scenario};

    #[test]
    fn a_supply_below_the_return_reads_in_plain_words_in_both_languages() {
        let mut s = Scenario::default();
        s.set("network.supply_min_c", FieldValue::Number(40.0))
            .expect("in range");
        s.set("network.return_c", FieldValue::Number(45.0))
            .expect("in range");
        let problems = s.validate().expect_err("supply below return");
        for lang in [Lang::En, Lang::It] {
            let plain = cross_problems_plain(lang, &problems).expect("cross-field only");
            assert!(
                !plain.contains("network."),
                "{lang:?}: no JSON names: {plain}"
            );
            assert!(plain.contains("40") && plain.contains("45"), "{plain}");
        }
        assert!(cross_problems_plain(Lang::En, &[]).is_none());
    }
}
