//! Number formatting for people: thousands separators and decimals that follow the language
//! (English 1,350.5; Italian 1.350,5), and a precision that suits the size of the number.

/// Separators of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Groups thousands: ',' in English, '.' in Italian.
    pub thousands: char,
    /// Separates decimals: '.' in English, ',' in Italian.
    pub decimal: char,
}

impl NumberStyle {
    /// English: 1,350.5
    pub const EN: NumberStyle = NumberStyle {
        thousands: ',',
        decimal: '.',
    };
    /// Italian: 1.350,5
    pub const IT: NumberStyle = NumberStyle {
        thousands: '.',
        decimal: ',',
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
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
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
