//! A site list from a CSV file (issue 8): one site per row, added to the portfolio shown.
//!
//! The first row names the columns, in any order, upper or lower case: all eight of
//! [`COLUMNS`] must be there and no other (a misspelt `rack_k` would otherwise drop its
//! figures silently). Separated by commas, or by semicolons (then a decimal comma is read as
//! a point, as spreadsheets in Italy, France and Germany write it); fields may be quoted.
//!
//! | column | value | blank |
//! |---|---|---|
//! | `name` | the site's name, 1–200 characters (made unique in the portfolio) | refused |
//! | `lat`, `lon` | WGS84 degrees, −90…90 and −180…180 | the network's |
//! | `network` | the `id` of one of the portfolio's networks | refused |
//! | `racks`, `rack_kw`, `cooling` | `data_centre.racks`, `.rack_kw`, `.cooling`, in the scenario's ranges and choices (the model's field table) | the preset's, or the model's default |
//! | `preset` | a scenario file stem (`scenarios/<preset>.json`) filling the site's data centre, recovery and economics, as `"preset"` does in a portfolio file | none |
//!
//! A row with a problem is skipped, and each problem names its line (as a text editor counts
//! them), its column (number and header) and why; the other rows are kept. A problem with the
//! header refuses the whole file.

use super::edit::NetworkChoice;
use heat_twin_model::scenario::{field, FieldKind};
use serde_json::{Map, Value};

/// The columns of a site list, in the order the README gives them.
pub const COLUMNS: [&str; 8] = [
    "name", "lat", "lon", "network", "racks", "rack_kw", "cooling", "preset",
];

/// Longest site name, characters (as the portfolio reader allows).
const MAX_NAME_CHARS: usize = 200;

/// Why a row (or the file) was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// The file is not CSV the reader can read (its message).
    Syntax(String),
    /// No header row.
    Empty,
    /// A column of [`COLUMNS`] is not in the header.
    MissingColumn(&'static str),
    /// A header that is not one of [`COLUMNS`].
    UnknownColumn(String),
    /// A column named twice.
    RepeatedColumn(String),
    /// The row has another number of fields than the header.
    Width {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        want: usize,
    },
    /// A required value is blank.
    Blank,
    /// Longer than `MAX_NAME_CHARS`.
    TooLong(usize),
    /// Not a number.
    NotNumber(String),
    /// Not a whole number.
    NotWhole(String),
    /// A number outside its range.
    OutOfRange {
        /// As written.
        value: String,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// No network with this id; the known ids.
    UnknownNetwork(String, String),
    /// No preset with this stem; the known stems.
    UnknownPreset(String, String),
    /// Not a cooling choice; the choices.
    UnknownCooling(String, String),
}

/// A problem of the file: where, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Line in the file, from 1.
    pub line: u64,
    /// Column number (from 1) and its header, if the problem is in one field.
    pub column: Option<(usize, String)>,
    /// Why.
    pub why: Why,
}

/// What a CSV file gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Import {
    /// One site object per good row, in file order (`name`, `lat`, `lon`, `network`,
    /// `preset`?, `data_centre`?), ready for [`super::edit::add_sites`].
    pub sites: Vec<Map<String, Value>>,
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
    /// Rows read (blank rows not counted).
    pub rows: usize,
}

/// Reads a number as written; with `comma`, a decimal comma is a point.
fn number(cell: &str, comma: bool) -> Result<f64, Why> {
    let t = if comma {
        cell.replace(',', ".")
    } else {
        cell.to_owned()
    };
    t.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .ok_or_else(|| Why::NotNumber(cell.to_owned()))
}

/// Checks `x` (written `cell`) against a range.
fn within(x: f64, cell: &str, min: f64, max: f64) -> Result<f64, Why> {
    if (min..=max).contains(&x) {
        Ok(x)
    } else {
        Err(Why::OutOfRange {
            value: cell.to_owned(),
            min,
            max,
        })
    }
}

/// A data-centre field by the model's table: a number or whole number in its range, or one
/// of its choices.
fn model_field(path: &str, cell: &str, comma: bool) -> Result<Value, Why> {
    match field(path).map(|f| f.kind) {
        Some(FieldKind::Integer { min, max }) => {
            let x = number(cell, comma)?;
            if x.fract() != 0.0 {
                return Err(Why::NotWhole(cell.to_owned()));
            }
            within(x, cell, min, max).map(|x| Value::from(x as i64))
        }
        Some(FieldKind::Number { min, max }) => {
            within(number(cell, comma)?, cell, min, max).map(Value::from)
        }
        Some(FieldKind::Choice(choices)) if choices.contains(&cell) => Ok(Value::from(cell)),
        Some(FieldKind::Choice(choices)) => {
            Err(Why::UnknownCooling(cell.to_owned(), choices.join(", ")))
        }
        // The model's table always has these three fields (a test checks it).
        _ => Ok(Value::from(cell)),
    }
}

/// Where each of [`COLUMNS`] is in the header, or the header's problems.
fn header(cells: &csv::StringRecord, line: u64) -> Result<[usize; 8], Vec<Problem>> {
    let mut at = [usize::MAX; 8];
    let mut problems = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        let name = cell.trim().to_lowercase();
        let here = Some((i + 1, cell.trim().to_owned()));
        match COLUMNS.iter().position(|c| *c == name) {
            Some(k) if at[k] != usize::MAX => problems.push(Problem {
                line,
                column: here,
                why: Why::RepeatedColumn(name),
            }),
            Some(k) => at[k] = i,
            None => problems.push(Problem {
                line,
                column: here,
                why: Why::UnknownColumn(cell.trim().to_owned()),
            }),
        }
    }
    for (k, c) in COLUMNS.iter().enumerate() {
        if at[k] == usize::MAX {
            problems.push(Problem {
                line,
                column: None,
                why: Why::MissingColumn(c),
            });
        }
    }
    if problems.is_empty() {
        Ok(at)
    } else {
        Err(problems)
    }
}

/// Reads a site list. `networks` are the portfolio's (a row's `network` must be one of their
/// ids; their coordinates fill blank ones), `presets` the scenario stems a row may name.
pub fn read(text: &str, networks: &[NetworkChoice], presets: &[&str]) -> Import {
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let semicolon = first.contains(';') && !first.contains(',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(if semicolon { b';' } else { b',' })
        .from_reader(text.as_bytes());
    let mut out = Import::default();
    let mut record = csv::StringRecord::new();
    // Lines as an editor counts them. The reader's position of a record is where the record
    // before it ended (before its line end and any blank lines), and its own line count drifts
    // on CRLF line ends: the line is counted here from the record's first byte.
    let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line_at = |byte: u64| {
        let from = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        let start = text.as_bytes()[from..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(text.len(), |k| from + k);
        breaks.partition_point(|&b| b < start) as u64 + 1
    };
    let line_of = |r: &csv::StringRecord| r.position().map_or(1, |p| line_at(p.byte()));
    let syntax = |e: csv::Error| Problem {
        line: e.position().map_or(1, |p| line_at(p.byte())),
        column: None,
        why: Why::Syntax(e.to_string()),
    };
    // The header: the first row that is not blank.
    let cols = loop {
        match reader.read_record(&mut record) {
            Ok(true) if record.iter().all(str::is_empty) => continue,
            Ok(true) => match header(&record, line_of(&record)) {
                Ok(cols) => break cols,
                Err(p) => {
                    out.problems = p;
                    return out;
                }
            },
            Ok(false) => {
                out.problems.push(Problem {
                    line: 1,
                    column: None,
                    why: Why::Empty,
                });
                return out;
            }
            Err(e) => {
                out.problems.push(syntax(e));
                return out;
            }
        }
    };
    let width = record.len();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) if record.iter().all(str::is_empty) => continue,
            Ok(true) => {
                out.rows += 1;
                let line = line_of(&record);
                if record.len() != width {
                    out.problems.push(Problem {
                        line,
                        column: None,
                        why: Why::Width {
                            found: record.len(),
                            want: width,
                        },
                    });
                    continue;
                }
                let before = out.problems.len();
                let site = row(&record, &cols, line, semicolon, networks, presets, &mut out);
                if out.problems.len() == before {
                    out.sites.push(site);
                }
            }
            Err(e) => {
                // A broken row (e.g. bad UTF-8): named and skipped; reading goes on.
                out.rows += 1;
                out.problems.push(syntax(e));
            }
        }
    }
    out
}

/// One row as a site object; its problems pushed into `out`.
fn row(
    record: &csv::StringRecord,
    cols: &[usize; 8],
    line: u64,
    comma: bool,
    networks: &[NetworkChoice],
    presets: &[&str],
    out: &mut Import,
) -> Map<String, Value> {
    let mut site = Map::new();
    let mut dc = Map::new();
    let mut problem = |k: usize, why: Why| {
        out.problems.push(Problem {
            line,
            column: Some((cols[k] + 1, COLUMNS[k].to_owned())),
            why,
        })
    };
    let cell = |k: usize| record.get(cols[k]).unwrap_or("");
    match cell(0) {
        "" => problem(0, Why::Blank),
        n if n.chars().count() > MAX_NAME_CHARS => problem(0, Why::TooLong(n.chars().count())),
        n => {
            site.insert("name".into(), Value::from(n));
        }
    }
    let net = match cell(3) {
        "" => {
            problem(3, Why::Blank);
            None
        }
        id => match networks.iter().find(|n| n.id == id) {
            Some(n) => {
                site.insert("network".into(), Value::from(id));
                Some(n)
            }
            None => {
                let known: Vec<&str> = networks.iter().map(|n| n.id.as_str()).collect();
                problem(3, Why::UnknownNetwork(id.to_owned(), known.join(", ")));
                None
            }
        },
    };
    for (k, key, max) in [(1, "lat", 90.0), (2, "lon", 180.0)] {
        let given = match cell(k) {
            "" => net.and_then(|n| if k == 1 { n.lat } else { n.lon }).map(Ok),
            c => Some(number(c, comma).and_then(|x| within(x, c, -max, max))),
        };
        match given {
            Some(Ok(x)) => {
                site.insert(key.into(), Value::from(x));
            }
            Some(Err(why)) => problem(k, why),
            // Blank, and no network to take it from: that problem is already said.
            None if net.is_none() => {}
            None => problem(k, Why::Blank),
        }
    }
    for (k, key) in [(4, "racks"), (5, "rack_kw"), (6, "cooling")] {
        match cell(k) {
            "" => {}
            c => match model_field(&format!("data_centre.{key}"), c, comma) {
                Ok(v) => {
                    dc.insert(key.into(), v);
                }
                Err(why) => problem(k, why),
            },
        }
    }
    match cell(7) {
        "" => {}
        stem if presets.contains(&stem) => {
            site.insert("preset".into(), Value::from(stem));
        }
        stem => {
            let mut known = presets.to_vec();
            known.sort_unstable();
            problem(7, Why::UnknownPreset(stem.to_owned(), known.join(", ")));
        }
    }
    if !dc.is_empty() {
        site.insert("data_centre".into(), Value::Object(dc));
    }
    site
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;
    use serde_json::json;

    fn nets() -> Vec<NetworkChoice> {
        vec![
            NetworkChoice {
                id: "a2a-milano".into(),
                name: "A2A Milano".into(),
                lat: Some(45.46),
                lon: Some(9.19),
            },
            NetworkChoice {
                id: "a2a-brescia".into(),
                name: "A2A Brescia".into(),
                lat: Some(45.54),
                lon: Some(10.22),
            },
        ]
    }

    const PRESETS: [&str; 2] = ["settimo-milanese", "brescia-pilot"];

    fn at(p: &Problem) -> (u64, Option<usize>) {
        (p.line, p.column.as_ref().map(|c| c.0))
    }

    #[test]
    fn good_rows_become_sites_with_their_overrides() {
        let text = "name,lat,lon,network,racks,rack_kw,cooling,preset\n\
                    Avalon 4,45.478,9.105,a2a-milano,320,10,air,settimo-milanese\n\
                    \"Qarnot, phase 3\",,,a2a-brescia,,,,brescia-pilot\n\
                    Plain,45.5,9.2,a2a-milano,100,7.5,immersion,\n";
        let got = read(text, &nets(), &PRESETS);
        assert_eq!(got.problems, vec![]);
        assert_eq!(got.rows, 3);
        assert_eq!(
            got.sites,
            vec![
                json!({"name": "Avalon 4", "lat": 45.478, "lon": 9.105, "network": "a2a-milano",
                       "preset": "settimo-milanese",
                       "data_centre": {"racks": 320, "rack_kw": 10.0, "cooling": "air"}}),
                // Blank coordinates: the network's; blank data-centre fields: the preset's.
                json!({"name": "Qarnot, phase 3", "lat": 45.54, "lon": 10.22,
                       "network": "a2a-brescia", "preset": "brescia-pilot"}),
                json!({"name": "Plain", "lat": 45.5, "lon": 9.2, "network": "a2a-milano",
                       "data_centre": {"racks": 100, "rack_kw": 7.5, "cooling": "immersion"}}),
            ]
            .into_iter()
            .map(|v| v.as_object().cloned().unwrap())
            .collect::<Vec<_>>()
        );
    }

    #[test]
    fn bad_rows_are_named_and_skipped_good_rows_kept() {
        // Columns in another order and upper case; a blank line (line 4) is skipped but counted.
        let text = "Network,Name,Lat,Lon,Racks,Rack_kW,Cooling,Preset\n\
                    a2a-milano,Good one,45.5,9.2,100,10,air,\n\
                    milano-ovest,Unknown network,45.5,9.2,100,10,air,\n\
                    \n\
                    a2a-milano,Bad number,45.5,9.2,many,10,air,\n\
                    a2a-milano,Too far north,95,9.2,100,10,air,\n\
                    a2a-milano,Unknown cooling,45.5,9.2,100,10,water,\n\
                    a2a-milano,Half a rack,45.5,9.2,10.5,10,air,\n\
                    a2a-milano,Unknown preset,45.5,9.2,100,10,air,nowhere\n\
                    a2a-milano,Short row,45.5\n\
                    a2a-brescia,Good two,,,,600,,\n";
        let got = read(text, &nets(), &PRESETS);
        let names: Vec<&str> = got
            .sites
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Good one"]);
        assert_eq!(got.rows, 9);
        let problems: Vec<(u64, Option<usize>, Why)> = got
            .problems
            .iter()
            .map(|p| (at(p).0, at(p).1, p.why.clone()))
            .collect();
        assert_eq!(
            problems,
            vec![
                (
                    3,
                    Some(1),
                    Why::UnknownNetwork("milano-ovest".into(), "a2a-milano, a2a-brescia".into())
                ),
                (5, Some(5), Why::NotNumber("many".into())),
                (
                    6,
                    Some(3),
                    Why::OutOfRange {
                        value: "95".into(),
                        min: -90.0,
                        max: 90.0
                    }
                ),
                (
                    7,
                    Some(7),
                    Why::UnknownCooling(
                        "water".into(),
                        "air, rear_door, direct_to_chip, immersion, hot_water_liquid".into()
                    )
                ),
                (8, Some(5), Why::NotWhole("10.5".into())),
                (
                    9,
                    Some(8),
                    Why::UnknownPreset("nowhere".into(), "brescia-pilot, settimo-milanese".into())
                ),
                (10, None, Why::Width { found: 3, want: 8 }),
                // rack_kw 600 > the model's 500 kW per rack (data_centre.rack_kw's range).
                (
                    11,
                    Some(6),
                    Why::OutOfRange {
                        value: "600".into(),
                        min: 0.0,
                        max: 500.0
                    }
                ),
            ]
        );
        // Each problem names its column's header.
        assert_eq!(got.problems[1].column, Some((5, "racks".into())));
    }

    #[test]
    fn a_missing_or_unknown_column_refuses_the_file() {
        let got = read(
            "name,lat,lon,network,racks,rack_k,cooling\nA,45,9,a2a-milano,1,1,air\n",
            &nets(),
            &PRESETS,
        );
        assert!(got.sites.is_empty());
        assert_eq!(
            got.problems,
            vec![
                Problem {
                    line: 1,
                    column: Some((6, "rack_k".into())),
                    why: Why::UnknownColumn("rack_k".into())
                },
                Problem {
                    line: 1,
                    column: None,
                    why: Why::MissingColumn("rack_kw")
                },
                Problem {
                    line: 1,
                    column: None,
                    why: Why::MissingColumn("preset")
                },
            ]
        );
        assert_eq!(read("", &nets(), &PRESETS).problems[0].why, Why::Empty);
        assert_eq!(read(" \n\n", &nets(), &PRESETS).problems[0].why, Why::Empty);
    }

    #[test]
    fn semicolons_take_decimal_commas_and_a_blank_name_is_refused() {
        let text = "\u{feff}name;lat;lon;network;racks;rack_kw;cooling;preset\r\n\
                    Rozzano;45,38;9,15;a2a-milano;200;7,5;air;\r\n\
                    ;45,38;9,15;a2a-milano;200;7,5;air;\r\n";
        let got = read(text, &nets(), &PRESETS);
        assert_eq!(got.sites.len(), 1);
        assert_eq!(got.sites[0]["lat"], json!(45.38));
        assert_eq!(got.sites[0]["data_centre"]["rack_kw"], json!(7.5));
        assert_eq!(
            got.problems,
            vec![Problem {
                line: 3,
                column: Some((1, "name".into())),
                why: Why::Blank
            }]
        );
    }

    #[test]
    fn a_quoted_line_break_keeps_the_line_numbers_right() {
        let text = "name,lat,lon,network,racks,rack_kw,cooling,preset\n\
                    \"Two\nlines\",45,9,a2a-milano,1,1,air,\n\
                    Bad,45,9,a2a-milano,1,1,steam,\n";
        let got = read(text, &nets(), &PRESETS);
        assert_eq!(got.sites.len(), 1);
        assert_eq!(at(&got.problems[0]), (4, Some(7)));
    }

    #[test]
    fn the_model_table_has_the_three_data_centre_columns() {
        for key in ["racks", "rack_kw", "cooling"] {
            assert!(field(&format!("data_centre.{key}")).is_some(), "{key}");
        }
    }
}
