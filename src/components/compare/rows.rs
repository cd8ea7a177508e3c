//! The rows of the comparison (the main KPIs), their units, and the difference B − A in words.

use crate::format::{fixed, readable, NumberStyle};
use crate::i18n::I18n;
use heat_twin_model::Summary;

/// The unit of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    MwhYr,
    Homes,
    TYr,
    Trees,
    Percent,
    Ratio,
    Eur,
    Years,
    EurPerMwh,
    EurYr,
}

/// The table's rows: summary field, value, scale to the shown unit, unit.
pub(super) type Row = (&'static str, fn(&Summary) -> Option<f64>, f64, Unit);

pub(super) const ROWS: &[Row] = &[
    (
        "heat_delivered_mwh",
        |s| Some(s.heat_delivered_mwh),
        1.0,
        Unit::MwhYr,
    ),
    (
        "homes_equivalent",
        |s| Some(s.homes_equivalent),
        1.0,
        Unit::Homes,
    ),
    ("co2_avoided_t", |s| Some(s.co2_avoided_t), 1.0, Unit::TYr),
    (
        "trees_equivalent",
        |s| Some(s.trees_equivalent),
        1.0,
        Unit::Trees,
    ),
    (
        "dc_share_of_demand",
        |s| s.dc_share_of_demand,
        100.0,
        Unit::Percent,
    ),
    ("erf", |s| Some(s.erf), 100.0, Unit::Percent),
    ("pue", |s| s.pue, 1.0, Unit::Ratio),
    ("heat_pump_scop", |s| s.heat_pump_scop, 1.0, Unit::Ratio),
    ("capex_eur", |s| Some(s.capex_eur), 1.0, Unit::Eur),
    (
        "simple_payback_years",
        |s| s.simple_payback_years,
        1.0,
        Unit::Years,
    ),
    (
        "lcoh_eur_per_mwh",
        |s| s.lcoh_eur_per_mwh,
        1.0,
        Unit::EurPerMwh,
    ),
    (
        "utility_benefit_eur",
        |s| Some(s.utility_benefit_eur),
        1.0,
        Unit::EurYr,
    ),
    (
        "dc_benefit_eur",
        |s| Some(s.dc_benefit_eur),
        1.0,
        Unit::EurYr,
    ),
];

pub(super) fn row_label(i18n: &I18n, field: &str) -> String {
    match field {
        "heat_delivered_mwh" => i18n.t("compare-heat"),
        "homes_equivalent" => i18n.t("compare-homes"),
        "co2_avoided_t" => i18n.t("compare-co2"),
        "trees_equivalent" => i18n.t("compare-trees"),
        "dc_share_of_demand" => i18n.t("compare-share"),
        "erf" => i18n.t("compare-erf"),
        "pue" => i18n.t("compare-pue"),
        "heat_pump_scop" => i18n.t("compare-scop"),
        "capex_eur" => i18n.t("compare-capex"),
        "simple_payback_years" => i18n.t("compare-payback"),
        "lcoh_eur_per_mwh" => i18n.t("compare-lcoh"),
        "utility_benefit_eur" => i18n.t("compare-utility"),
        _ => i18n.t("compare-dc"),
    }
}

pub(super) fn unit_text(i18n: &I18n, u: Unit) -> String {
    match u {
        Unit::MwhYr => i18n.t("compare-unit-mwh-yr"),
        Unit::Homes => i18n.t("compare-unit-homes"),
        Unit::TYr => i18n.t("compare-unit-t-yr"),
        Unit::Trees => i18n.t("compare-unit-trees"),
        Unit::Percent => "%".into(),
        Unit::Ratio => i18n.t("compare-unit-ratio"),
        Unit::Eur => "€".into(),
        Unit::Years => i18n.t("compare-unit-years"),
        Unit::EurPerMwh => "€/MWh".into(),
        Unit::EurYr => i18n.t("compare-unit-eur-yr"),
    }
}

/// `x` rounded for reading with an explicit sign: "+1,234", "−0.52", "0".
pub fn signed(x: f64, style: NumberStyle) -> String {
    let s = readable(x, style);
    if x > 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{s}")
    } else {
        s
    }
}

/// The difference B − A with its unit, and the change as a percentage of A; "–" where it does
/// not exist. For shares (`points` = the unit of a difference of percentages, "p.p.") only the
/// difference in points is given: a percentage of a percentage would mislead.
pub fn diff_cells(
    a: Option<f64>,
    b: Option<f64>,
    unit: &str,
    points: Option<&str>,
    style: NumberStyle,
) -> (String, String) {
    let (Some(a), Some(b)) = (a, b) else {
        return ("–".into(), "–".into());
    };
    if !a.is_finite() || !b.is_finite() {
        return ("–".into(), "–".into());
    }
    let d = b - a;
    let with_unit = |n: String, u: &str| {
        if u.is_empty() {
            n
        } else {
            format!("{n}\u{a0}{u}")
        }
    };
    if let Some(pp) = points {
        return (with_unit(signed(d, style), pp), "–".into());
    }
    let rel = if a != 0.0 {
        let r = 100.0 * d / a.abs();
        let digits = if r.abs() >= 10.0 { 0 } else { 1 };
        let n = fixed(r, digits, style);
        let n = if r > 0.0 && n.chars().any(|c| c.is_ascii_digit() && c != '0') {
            format!("+{n}")
        } else {
            n
        };
        format!("{n}\u{a0}%")
    } else {
        "–".into()
    };
    (with_unit(signed(d, style), unit), rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: NumberStyle = NumberStyle::EN;
    const IT: NumberStyle = NumberStyle::IT;

    #[test]
    fn signs_and_units() {
        assert_eq!(signed(1234.4, EN), "+1,234");
        assert_eq!(signed(-1234.4, IT), "−1.234");
        assert_eq!(signed(0.0, EN), "0");
        assert_eq!(signed(0.0001, EN), "0.00", "rounds to zero: no sign");
    }

    #[test]
    fn difference_with_percentage_of_a() {
        let (d, rel) = diff_cells(Some(16_000.0), Some(17_600.0), "MWh/yr", None, EN);
        assert_eq!(d, "+1,600\u{a0}MWh/yr");
        assert_eq!(rel, "+10\u{a0}%");
        let (d, rel) = diff_cells(Some(2.0), Some(1.9), "", None, IT);
        assert_eq!(d, "−0,10");
        assert_eq!(rel, "−5,0\u{a0}%");
    }

    #[test]
    fn shares_differ_in_points_and_missing_values_show_a_dash() {
        let (d, rel) = diff_cells(Some(40.0), Some(45.5), "%", Some("p.p."), EN);
        assert_eq!(d, "+5.50\u{a0}p.p.");
        assert_eq!(rel, "–");
        assert_eq!(
            diff_cells(None, Some(3.0), "years", None, EN),
            ("–".to_string(), "–".to_string())
        );
        let (_, rel) = diff_cells(Some(0.0), Some(3.0), "€", None, EN);
        assert_eq!(rel, "–", "no percentage of zero");
    }
}
