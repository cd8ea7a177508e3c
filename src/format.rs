//! Number formatting for people: thousands separators and decimals that follow the language
//! (English 1,350.5; Italian and German 1.350,5; French 1 350,5), and a precision that suits
//! the size of the number. The page takes each language's separators from the browser's
//! `Intl` once (src/i18n/intl.rs); the constants here are the fallback and the tests'.

/// Separators of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Groups thousands: ',' in English, '.' in Italian.
    pub thousands: char,
    /// Separates decimals: '.' in English, ',' in Italian.
    pub decimal: char,
    /// How many digits must stand before the first group for grouping to start: 1 groups
    /// 1,350 (English, Italian, French, German); 2 writes 1350 but 13.500 (CLDR's
    /// `minimumGroupingDigits`, e.g. Spanish).
    pub min_grouping: u8,
}

impl NumberStyle {
    /// English: 1,350.5
    pub const EN: NumberStyle = NumberStyle {
        thousands: ',',
        decimal: '.',
        min_grouping: 1,
    };
    /// Italian: 1.350,5
    pub const IT: NumberStyle = NumberStyle {
        thousands: '.',
        decimal: ',',
        min_grouping: 1,
    };
    /// French: 1 350,5, grouped by a narrow no-break space (U+202F, CLDR since version 34).
    pub const FR: NumberStyle = NumberStyle {
        thousands: '\u{202f}',
        decimal: ',',
        min_grouping: 1,
    };
    /// German: 1.350,5
    pub const DE: NumberStyle = NumberStyle {
        thousands: '.',
        decimal: ',',
        min_grouping: 1,
    };
}

/// `value` with exactly `decimals` decimals and grouped thousands; "–" when not finite.
pub fn fixed(value: f64, decimals: usize, style: NumberStyle) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if negative {
        out.push('−');
    }
    let digits = int.len();
    let grouped = digits >= 3 + usize::from(style.min_grouping.max(1));
    for (i, c) in int.chars().enumerate() {
        if grouped && i > 0 && (digits - i) % 3 == 0 {
            out.push(style.thousands);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(style.decimal);
        out.push_str(f);
    }
    out
}

/// A readable rounding: whole numbers from 100 up, one decimal from 10, two below.
pub fn readable(value: f64, style: NumberStyle) -> String {
    let a = value.abs();
    let decimals = if a >= 100.0 || a == 0.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    };
    fixed(value, decimals, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_by_language() {
        assert_eq!(fixed(1350.5, 1, NumberStyle::EN), "1,350.5");
        assert_eq!(fixed(1350.5, 1, NumberStyle::IT), "1.350,5");
        assert_eq!(fixed(16_000_000.0, 0, NumberStyle::EN), "16,000,000");
        assert_eq!(fixed(999.0, 0, NumberStyle::EN), "999");
        assert_eq!(fixed(1000.0, 0, NumberStyle::IT), "1.000");
        assert_eq!(fixed(1350.5, 1, NumberStyle::DE), "1.350,5");
        assert_eq!(fixed(1350.5, 1, NumberStyle::FR), "1\u{202f}350,5");
        assert_eq!(
            fixed(1_234_567.0, 0, NumberStyle::FR),
            "1\u{202f}234\u{202f}567"
        );
    }

    #[test]
    fn a_minimum_of_two_grouping_digits_leaves_four_digits_whole() {
        let es = NumberStyle {
            min_grouping: 2,
            ..NumberStyle::DE
        };
        assert_eq!(fixed(1350.0, 0, es), "1350");
        assert_eq!(fixed(13_500.0, 0, es), "13.500");
        assert_eq!(fixed(1_350_000.0, 0, es), "1.350.000");
    }

    #[test]
    fn negatives_and_rounding() {
        assert_eq!(fixed(-1234.56, 1, NumberStyle::EN), "−1,234.6");
        assert_eq!(fixed(-0.04, 1, NumberStyle::EN), "0.0");
        assert_eq!(fixed(f64::NAN, 1, NumberStyle::EN), "–");
        assert_eq!(fixed(f64::INFINITY, 0, NumberStyle::EN), "–");
    }

    #[test]
    fn readable_precision_follows_size() {
        assert_eq!(readable(16_012.4, NumberStyle::EN), "16,012");
        assert_eq!(readable(12.34, NumberStyle::EN), "12.3");
        assert_eq!(readable(4.981, NumberStyle::IT), "4,98");
        assert_eq!(readable(0.0, NumberStyle::EN), "0");
    }
}
