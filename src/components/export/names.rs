//! Pure helpers of the export bar: file names and the words of an import's problems.

use heat_twin_model::scenario::Problem;

/// The longest file stem made from a scenario's name, in characters.
const MAX_STEM: usize = 60;

/// A file stem from the scenario's name, else the preset's stem, else `heat-twin-scenario`:
/// lowercase ASCII letters and digits, accents folded, every other run of characters one `-`.
pub fn file_stem(name: Option<&str>, preset: &str) -> String {
    for candidate in [name.unwrap_or(""), preset] {
        let stem = slug(candidate);
        if !stem.is_empty() {
            return stem;
        }
    }
    "heat-twin-scenario".to_string()
}

/// `stem` + `.` + `ext`, e.g. `brescia-pilot.json`.
pub fn file_name(stem: &str, suffix: &str, ext: &str) -> String {
    if suffix.is_empty() {
        format!("{stem}.{ext}")
    } else {
        format!("{stem}-{suffix}.{ext}")
    }
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold(c);
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
            if out.len() >= MAX_STEM {
                break;
            }
        } else {
            dash = true;
        }
    }
    out
}

/// The base letter of a common accented Latin letter (Italian, French, German, Spanish).
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ß' => 's',
        other => other,
    }
}

/// One line per problem in the page's language: `path: what is wrong` (naming the value given
/// and what is allowed; in English the model's words); `whole` stands for the path of a
/// problem with the file as a whole.
pub fn problem_lines(problems: &[Problem], whole: &str) -> Vec<String> {
    use leptos::prelude::GetUntracked;
    let lang = crate::i18n::I18n::use_i18n().lang.get_untracked();
    problem_lines_in(lang, problems, whole)
}

/// [`problem_lines`] in `lang`.
pub fn problem_lines_in(lang: crate::i18n::Lang, problems: &[Problem], whole: &str) -> Vec<String> {
    problems
        .iter()
        .map(|p| crate::problems::problem_line(lang, p, whole))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::scenario::load_scenario;

    #[test]
    fn stems_come_from_the_name_then_the_preset() {
        assert_eq!(
            file_stem(Some("Brescia — A2A + Qarnot pilot"), "x"),
            "brescia-a2a-qarnot-pilot"
        );
        assert_eq!(
            file_stem(Some("Settimo Milanese (2024)"), ""),
            "settimo-milanese-2024"
        );
        assert_eq!(file_stem(Some("Città di Torino"), ""), "citta-di-torino");
        assert_eq!(file_stem(Some("  ***  "), "brescia-pilot"), "brescia-pilot");
        assert_eq!(file_stem(None, ""), "heat-twin-scenario");
        assert_eq!(file_stem(Some("日本"), ""), "heat-twin-scenario");
        let long = "a".repeat(500);
        assert_eq!(file_stem(Some(&long), "").len(), MAX_STEM);
    }

    #[test]
    fn file_names_join_stem_suffix_and_extension() {
        assert_eq!(file_name("brescia", "", "json"), "brescia.json");
        assert_eq!(file_name("brescia", "hourly", "csv"), "brescia-hourly.csv");
        assert_eq!(
            file_name("brescia", "chart-year", "png"),
            "brescia-chart-year.png"
        );
    }

    #[test]
    fn every_problem_is_one_line_with_its_path_and_value() {
        let problems = match load_scenario(
            r#"{"data_centre": {"racks": 2000000, "utilisation": 1.7}, "bogus": 1}"#,
        ) {
            Ok(_) => panic!("the scenario has problems"),
            Err(p) => p,
        };
        let lines = problem_lines(&problems, "the file");
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("data_centre.racks: 2000000")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("data_centre.utilisation: 1.7")),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.contains("bogus")), "{lines:?}");
        let syntax = match load_scenario("{ not json") {
            Ok(_) => panic!("not JSON"),
            Err(p) => p,
        };
        let lines = problem_lines(&syntax, "the file");
        assert!(lines[0].starts_with("the file: line 1"), "{lines:?}");
    }
}
