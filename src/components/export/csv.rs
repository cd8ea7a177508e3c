//! The hourly CSV as people open it: a first column `time` (ISO 8601 local standard time of a
//! typical year), a commented header (`# name: …`, `# model_version: …`, `# units: …`), and
//! numbers rounded to what the model supports (kW and kWh to 0.1, °C and COP to 0.01).
//!
//! Two dialects: [`Dialect::STANDARD`] (comma between columns, dot decimal: RFC 4180, what
//! every program reads) and [`Dialect::local`] for a spreadsheet in the page's language
//! (Italian: semicolon between columns and decimal comma, with a UTF-8 byte-order mark so that
//! Excel reads the accents). Written from the model's hourly columns; the model's own
//! `write_hourly_csv` (all digits, no comments) is unchanged and used by the CLI.
//!
//! Rounding: a sum over the 8,760 rounded values differs from the exact sum by at most
//! 8,760 × 0.05 kWh = 0.438 MWh (each value is off by at most half its last digit).

use crate::i18n::Lang;
use heat_twin_model::recovery::Mode;
use heat_twin_model::Results;
use std::fmt::Write as _;

/// Separators of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// Between columns.
    pub separator: char,
    /// The decimal mark.
    pub decimal: char,
    /// Starts with a UTF-8 byte-order mark.
    pub bom: bool,
}

impl Dialect {
    /// Comma, dot decimal, no BOM.
    pub const STANDARD: Dialect = Dialect {
        separator: ',',
        decimal: '.',
        bom: false,
    };

    /// What a spreadsheet set to `lang` opens directly.
    pub fn local(lang: Lang) -> Dialect {
        match lang {
            Lang::It | Lang::Fr | Lang::De => Dialect {
                separator: ';',
                decimal: ',',
                bom: true,
            },
            Lang::En => Dialect {
                bom: true,
                ..Dialect::STANDARD
            },
        }
    }
}

/// The year the `time` column is written in: a typical year of 365 days (2025 is not a leap
/// year, and its 1 January is hour 0).
pub const YEAR: i32 = 2025;

/// `YYYY-MM-DDTHH:00` of hour `h` (0 = 1 January 00:00) of [`YEAR`], no daylight saving.
pub fn iso_hour(h: usize) -> String {
    const DAYS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let (mut day, hour) = (h / 24, h % 24);
    let mut month = 0;
    while month < 11 && day >= DAYS[month] {
        day -= DAYS[month];
        month += 1;
    }
    format!("{YEAR}-{:02}-{:02}T{hour:02}:00", month + 1, day + 1)
}

/// `x` with `decimals` digits and `decimal` as the mark; `-0.0` is written `0.0`.
fn number(out: &mut String, x: f64, decimals: usize, decimal: char) {
    let text = format!("{x:.decimals$}");
    let text = if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text[1..].to_string()
    } else {
        text
    };
    if decimal == '.' {
        out.push_str(&text);
    } else {
        out.push_str(&text.replace('.', &decimal.to_string()));
    }
}

/// The columns after `time`, `hour` and `mode`: name and decimals (0.1 for power and energy,
/// 0.01 for temperatures).
const COLUMNS: [(&str, usize); 18] = [
    ("t_out_c", 2),
    ("t_supply_c", 2),
    ("p_it_kw", 1),
    ("p_dc_kw", 1),
    ("q_captured_kw", 1),
    ("available_kw", 1),
    ("demand_kw", 1),
    ("direct_kw", 1),
    ("charge_kw", 1),
    ("discharge_kw", 1),
    ("backup_kw", 1),
    ("delivered_kw", 1),
    ("q_used_kw", 1),
    ("rejected_kw", 1),
    ("hp_output_kw", 1),
    ("hp_electricity_kw", 1),
    ("pumping_kw", 1),
    ("storage_kwh", 1),
];

/// The hourly CSV of `r` for the scenario `name`.
pub fn hourly_csv(r: &Results, name: &str, dialect: Dialect) -> String {
    let h = &r.hourly;
    let sep = dialect.separator;
    let mut out = String::with_capacity(2 << 20);
    if dialect.bom {
        out.push('\u{feff}');
    }
    // A name is one line of free text: line breaks would end the comment.
    let name = name.replace(['\r', '\n'], " ");
    let _ = writeln!(out, "# name: {name}");
    let _ = writeln!(
        out,
        "# model_version: heat-twin {} (docs/MODEL.md version 1)",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        out,
        "# time: local standard time of a typical year ({YEAR}, 365 days, no daylight saving), start of each hour"
    );
    let _ = writeln!(
        out,
        "# units: *_c in °C (to 0.01); *_kw in kW, the mean power over the hour, i.e. kWh in that hour (to 0.1); storage_kwh in kWh at the end of the hour (to 0.1); cop dimensionless (to 0.01, empty outside heat_pump hours)"
    );
    if r.takes_all_heat {
        let _ = writeln!(
            out,
            "# demand_kw and backup_kw are empty: the network takes all the heat"
        );
    }
    let _ = writeln!(
        out,
        "# decimal mark: '{}', separator: '{}'",
        dialect.decimal, sep
    );
    out.push_str("time");
    out.push(sep);
    out.push_str("hour");
    out.push(sep);
    out.push_str("mode");
    for (c, _) in COLUMNS {
        out.push(sep);
        out.push_str(c);
    }
    out.push(sep);
    out.push_str("cop\n");
    let n = h.t_out_c.len();
    for i in 0..n {
        let cols: [f64; 18] = [
            h.t_out_c[i],
            h.t_supply_c[i],
            h.p_it_kw[i],
            h.p_dc_kw[i],
            h.q_captured_kw[i],
            h.available_kw[i],
            h.demand_kw[i],
            h.direct_kw[i],
            h.charge_kw[i],
            h.discharge_kw[i],
            h.backup_kw[i],
            h.delivered_kw[i],
            h.q_used_kw[i],
            h.rejected_kw[i],
            h.hp_output_kw[i],
            h.hp_electricity_kw[i],
            h.pumping_kw[i],
            h.storage_kwh[i],
        ];
        out.push_str(&iso_hour(i));
        let _ = write!(out, "{sep}{i}{sep}{}", h.mode[i].as_str());
        for ((name, decimals), x) in COLUMNS.iter().zip(cols) {
            out.push(sep);
            let empty = r.takes_all_heat && (*name == "demand_kw" || *name == "backup_kw");
            if !empty {
                number(&mut out, x, *decimals, dialect.decimal);
            }
        }
        out.push(sep);
        if h.mode[i] == Mode::HeatPump {
            number(&mut out, h.cop[i], 2, dialect.decimal);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::params::Params;

    #[test]
    fn hours_map_to_dates_of_a_common_year() {
        assert_eq!(iso_hour(0), "2025-01-01T00:00");
        assert_eq!(iso_hour(23), "2025-01-01T23:00");
        // 31 days of January: hour 744 is 1 February.
        assert_eq!(iso_hour(744), "2025-02-01T00:00");
        // 31 + 28 = 59 days: hour 1,416 is 1 March (no 29 February).
        assert_eq!(iso_hour(1416), "2025-03-01T00:00");
        assert_eq!(iso_hour(8759), "2025-12-31T23:00");
    }

    #[test]
    fn numbers_round_and_use_the_decimal_mark() {
        let mut s = String::new();
        number(&mut s, 1234.56, 1, ',');
        s.push('|');
        number(&mut s, -0.04, 1, '.');
        s.push('|');
        number(&mut s, 1.23456, 2, '.');
        assert_eq!(s, "1234,6|0.0|1.23");
    }

    #[test]
    fn both_dialects_sum_to_the_heat_within_the_rounding() {
        let params = Params::default();
        let t: Vec<f64> = (0..8760)
            .map(|h| 10.0 - 12.0 * ((h as f64) / 8760.0 * std::f64::consts::TAU).cos())
            .collect();
        let r = heat_twin_model::simulate(&params, &t);
        let heat = r.summary.heat_delivered_mwh;
        for (dialect, lang) in [
            (Dialect::STANDARD, None),
            (Dialect::local(Lang::It), Some(Lang::It)),
        ] {
            let text = hourly_csv(&r, "Città; \"test\"\nline", dialect);
            let mut lines = text
                .lines()
                .filter(|l| !l.trim_start_matches('\u{feff}').starts_with('#'));
            let header: Vec<&str> = lines
                .next()
                .unwrap_or_default()
                .split(dialect.separator)
                .collect();
            assert_eq!(header[0], "time");
            let col = header.iter().position(|h| *h == "delivered_kw");
            let Some(col) = col else { panic!("{header:?}") };
            let mut sum = 0.0;
            let mut rows = 0;
            for line in lines {
                let cells: Vec<&str> = line.split(dialect.separator).collect();
                assert_eq!(cells.len(), header.len(), "{line}");
                let cell = cells[col].replace(dialect.decimal, ".");
                sum += cell.parse::<f64>().unwrap_or(f64::NAN);
                rows += 1;
            }
            assert_eq!(rows, 8760);
            // At most 0.05 kWh off per hour: 0.438 MWh over the year.
            assert!(
                (sum / 1000.0 - heat).abs() <= 0.438,
                "{lang:?}: {} vs {heat}",
                sum / 1000.0
            );
            assert!(text.contains("# name: Città; \"test\" line\n"));
        }
    }
}
