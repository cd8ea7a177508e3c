//! Numbers and dates in the language's style, from the browser's `Intl`.
//!
//! Numbers: the group and decimal separators come from how the browser's
//! `Intl.NumberFormat(<code>)` writes a sample number (through
//! `Number.prototype.toLocaleString`, the lighter binding), once per language, and are kept;
//! four-digit numbers are grouped in every language, as the glossaries write them (1.350,5).
//! The formatting itself stays in Rust ([`crate::format::fixed`]), so the KPIs, rewritten on
//! every slider input, cost no call into JavaScript. Natively (tests, CLI) and
//! if `Intl` answers nothing usable, the table [`fallback`] is used: CLDR's separators for
//! the four languages (English 1,350.5; Italian and German 1.350,5; French 1 350,5 with a
//! narrow no-break space, U+202F).
//!
//! Dates (saved scenarios, the printed report) go through `Intl.DateTimeFormat`; natively
//! they stay ISO 8601.

use super::Lang;
use crate::format::NumberStyle;
use std::cell::Cell;

/// CLDR's number symbols of each language (the fallback when `Intl` is not there).
pub fn fallback(lang: Lang) -> NumberStyle {
    match lang {
        Lang::En => NumberStyle::EN,
        Lang::It => NumberStyle::IT,
        Lang::Fr => NumberStyle::FR,
        Lang::De => NumberStyle::DE,
    }
}

thread_local! {
    /// Each language's style once asked (en, it, fr, de).
    static STYLES: Cell<[Option<NumberStyle>; 4]> = const { Cell::new([None; 4]) };
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::It => 1,
        Lang::Fr => 2,
        Lang::De => 3,
    }
}

/// How `lang` writes numbers: the browser's `Intl` asked once, then kept.
pub fn number_style(lang: Lang) -> NumberStyle {
    STYLES.with(|cell| {
        let mut styles = cell.get();
        if let Some(s) = styles[slot(lang)] {
            return s;
        }
        let s = from_intl(lang).unwrap_or_else(|| fallback(lang));
        styles[slot(lang)] = Some(s);
        cell.set(styles);
        s
    })
}

/// The separators that the browser writes in 1234567.5 and 1234 for `lang`
/// (`Number.prototype.toLocaleString`, which ECMA-402 defines as `Intl.NumberFormat`), or
/// None when the answer is not digits and two separators.
#[cfg(target_arch = "wasm32")]
fn from_intl(lang: Lang) -> Option<NumberStyle> {
    let written = |x: f64| String::from(js_sys::Number::from(x).to_locale_string(lang.code()));
    // The separators are the browser's; where grouping starts is the glossaries' (Italian
    // 1.350,5 in locales/glossary.md, where Chromium's CLDR data writes 1350).
    parse_sample(&written(1_234_567.5), &written(1234.0)).map(|s| NumberStyle {
        min_grouping: fallback(lang).min_grouping,
        ..s
    })
}

/// Natively there is no `Intl`: the table.
#[cfg(not(target_arch = "wasm32"))]
fn from_intl(_lang: Lang) -> Option<NumberStyle> {
    None
}

/// The style of `big` (1234567.5 as written: "1.234.567,5") and `four` (1234 as written: "1234"
/// when four digits are not grouped). None unless `big` is ASCII digits with one group
/// separator (a single character, used twice) and one decimal separator before the last digit.
pub fn parse_sample(big: &str, four: &str) -> Option<NumberStyle> {
    let marks: Vec<char> = big.chars().filter(|c| !c.is_ascii_digit()).collect();
    let digits = big.chars().filter(char::is_ascii_digit).count();
    let (&[group, group2, decimal], 8) = (marks.as_slice(), digits) else {
        return None;
    };
    let four_grouped = four.chars().any(|c| !c.is_ascii_digit());
    (group == group2 && group != decimal && big.ends_with(&format!("{decimal}5"))).then_some(
        NumberStyle {
            thousands: group,
            decimal,
            min_grouping: if four_grouped { 1 } else { 2 },
        },
    )
}

/// How much of a date to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLength {
    /// The day, e.g. "7 Dec 2026" (`dateStyle: "medium"`).
    Day,
    /// The day and the time, e.g. "7 December 2026 at 04:12" (`dateStyle: "long"`,
    /// `timeStyle: "short"`).
    DayAndTime,
}

/// The instant `iso` (ISO 8601, e.g. "2026-12-07T04:12:00.000Z") in `lang`'s words, in the
/// browser's time zone; natively (or when `iso` is not a date) the ISO text's day
/// ("2026-12-07") or day and minute ("2026-12-07 04:12").
pub fn date(lang: Lang, iso: &str, length: DateLength) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = intl_date(lang, iso, length) {
        return s;
    }
    let _ = lang;
    iso_words(iso, length)
}

/// The ISO text cut to the day or to the minute, "T" as a space.
fn iso_words(iso: &str, length: DateLength) -> String {
    let n = match length {
        DateLength::Day => 10,
        DateLength::DayAndTime => 16,
    };
    iso.get(..n).unwrap_or(iso).replacen('T', " ", 1)
}

#[cfg(target_arch = "wasm32")]
fn intl_date(lang: Lang, iso: &str, length: DateLength) -> Option<String> {
    use wasm_bindgen::JsValue;
    let when = js_sys::Date::new(&JsValue::from_str(iso));
    if when.get_time().is_nan() {
        return None;
    }
    // `Date.prototype.toLocaleString` is `Intl.DateTimeFormat(lang, options).format`.
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    set("dateStyle", "medium");
    if length == DateLength::DayAndTime {
        set("dateStyle", "long");
        set("timeStyle", "short");
    }
    Some(when.to_locale_string(lang.code(), &options).into())
}

/// Now, as ISO 8601 text (UTC); natively a fixed instant (tests).
pub fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    "2026-12-07T04:12:00.000Z".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::fixed;

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        // CLDR 46 number symbols (latn): en "," "."; it "." ","; de "." ","; fr U+202F ",".
        assert_eq!(fixed(16_083.0, 0, number_style(Lang::En)), "16,083");
        assert_eq!(fixed(16_083.0, 0, number_style(Lang::It)), "16.083");
        assert_eq!(fixed(16_083.0, 0, number_style(Lang::De)), "16.083");
        assert_eq!(fixed(16_083.0, 0, number_style(Lang::Fr)), "16\u{202f}083");
        assert_eq!(fixed(1_350.5, 1, number_style(Lang::Fr)), "1\u{202f}350,5");
        assert_eq!(fixed(1_350.5, 1, number_style(Lang::De)), "1.350,5");
        assert_eq!(fixed(-0.25, 2, number_style(Lang::De)), "−0,25");
        // Asked twice, the same (the cache).
        assert_eq!(number_style(Lang::Fr), number_style(Lang::Fr));
    }

    #[test]
    fn the_browsers_samples_give_the_separators() {
        // What Chromium's Intl writes for 1234567.5 and 1234.
        assert_eq!(parse_sample("1,234,567.5", "1,234"), Some(NumberStyle::EN));
        assert_eq!(parse_sample("1.234.567,5", "1.234"), Some(NumberStyle::DE));
        assert_eq!(
            parse_sample("1\u{202f}234\u{202f}567,5", "1\u{202f}234"),
            Some(NumberStyle::FR)
        );
        // Spanish groups from five digits (minimumGroupingDigits 2).
        let es = parse_sample("1.234.567,5", "1234").expect("es");
        assert_eq!((es.thousands, es.decimal, es.min_grouping), ('.', ',', 2));
        // Anything else is not trusted: other digits, other marks, a currency.
        assert_eq!(parse_sample("١٬٢٣٤٬٥٦٧٫٥", "١٬٢٣٤"), None);
        assert_eq!(parse_sample("1234567.5", "1234"), None);
        assert_eq!(parse_sample("1,234,567.5 €", "1,234"), None);
        assert_eq!(parse_sample("1,234.567,5", "1,234"), None);
    }

    #[test]
    fn dates_stay_iso_without_intl() {
        let iso = "2026-12-07T04:12:00.000Z";
        assert_eq!(date(Lang::Fr, iso, DateLength::Day), "2026-12-07");
        assert_eq!(
            date(Lang::De, iso, DateLength::DayAndTime),
            "2026-12-07 04:12"
        );
        assert_eq!(date(Lang::En, "d", DateLength::Day), "d");
    }
}
