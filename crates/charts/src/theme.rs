//! Colours, font and scale shared by every chart.
//!
//! Each physical flow keeps one colour on every chart of a theme: heat delivered directly by the
//! data centre, heat from storage, backup plants, network demand, heat rejected, the heat pump,
//! electricity, losses and CO₂ avoided (plus the heat available from the data centre, the supply
//! temperature and the homes). Every flow colour has a WCAG non-text contrast of at least 3:1
//! against its theme's background (checked by a test), so lines, bars and markers stay visible
//! on both the light and the dark theme.

use plotters::style::RGBColor;

/// Colours, font family and pixel scale for the charts.
///
/// `scale` multiplies every font size, line width, marker size and padding: the app sizes the
/// canvas to its container times `devicePixelRatio` and passes that ratio here, so a chart drawn
/// on a 640-pixel canvas with `scale = 2` looks like a 320-CSS-pixel chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Pixels per CSS pixel (the device pixel ratio); 1.0 by default. Non-finite or non-positive
    /// values are treated as 1.0.
    pub scale: f64,
    /// CSS font family for all text, e.g. `"sans-serif"`.
    pub font_family: &'static str,
    /// Chart background.
    pub background: RGBColor,
    /// Titles, legend and axis descriptions.
    pub foreground: RGBColor,
    /// Axis lines, tick labels and secondary text.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Heat delivered directly from the data centre to the network.
    pub direct: RGBColor,
    /// Heat delivered from thermal storage.
    pub storage: RGBColor,
    /// Heat from the network's backup (peak) plants.
    pub backup: RGBColor,
    /// Network heat demand (and the homes it serves).
    pub demand: RGBColor,
    /// Data-centre heat rejected to ambient (not reused).
    pub rejected: RGBColor,
    /// Heat pump: its output and its COP.
    pub heat_pump: RGBColor,
    /// Electricity (IT, overhead, heat pump, pumping).
    pub electricity: RGBColor,
    /// Storage and network losses.
    pub losses: RGBColor,
    /// CO₂ avoided.
    pub co2: RGBColor,
    /// Heat available from the data centre (captured heat that could be delivered).
    pub available: RGBColor,
    /// Network supply temperature.
    pub supply_temperature: RGBColor,
}

impl Default for Theme {
    fn default() -> Self {
        Self::light()
    }
}

impl Theme {
    /// A light theme: white background, darker flow colours.
    pub fn light() -> Self {
        Self {
            scale: 1.0,
            font_family: "sans-serif",
            background: RGBColor(0xFF, 0xFF, 0xFF),
            foreground: RGBColor(0x1F, 0x23, 0x28),
            muted: RGBColor(0x59, 0x63, 0x6E),
            grid: RGBColor(0xE3, 0xE6, 0xEA),
            direct: RGBColor(0xD0, 0x5A, 0x00),
            storage: RGBColor(0x7B, 0x3F, 0xA0),
            backup: RGBColor(0x5F, 0x6B, 0x73),
            demand: RGBColor(0x00, 0x5F, 0xA3),
            rejected: RGBColor(0x1F, 0x86, 0x86),
            heat_pump: RGBColor(0xC2, 0x18, 0x5B),
            electricity: RGBColor(0x8F, 0x74, 0x00),
            losses: RGBColor(0x8B, 0x5A, 0x2B),
            co2: RGBColor(0x2E, 0x7D, 0x32),
            available: RGBColor(0xA8, 0x64, 0x00),
            supply_temperature: RGBColor(0xB2, 0x22, 0x22),
        }
    }

    /// A dark theme: near-black background, lighter flow colours of the same hues.
    pub fn dark() -> Self {
        Self {
            scale: 1.0,
            font_family: "sans-serif",
            background: RGBColor(0x12, 0x14, 0x17),
            foreground: RGBColor(0xE8, 0xEA, 0xED),
            muted: RGBColor(0xA3, 0xAB, 0xB4),
            grid: RGBColor(0x2C, 0x31, 0x38),
            direct: RGBColor(0xFF, 0x8A, 0x3D),
            storage: RGBColor(0xB8, 0x8D, 0xDB),
            backup: RGBColor(0x9A, 0xA5, 0xAD),
            demand: RGBColor(0x5A, 0xB0, 0xF0),
            rejected: RGBColor(0x4D, 0xC4, 0xC4),
            heat_pump: RGBColor(0xF0, 0x62, 0x92),
            electricity: RGBColor(0xE8, 0xC5, 0x47),
            losses: RGBColor(0xC8, 0x9E, 0x70),
            co2: RGBColor(0x6C, 0xC0, 0x70),
            available: RGBColor(0xF2, 0xB6, 0x4C),
            supply_temperature: RGBColor(0xFF, 0x6B, 0x6B),
        }
    }

    /// The same theme with another pixel scale (the device pixel ratio).
    pub fn with_scale(self, scale: f64) -> Self {
        Self { scale, ..self }
    }

    /// The flow colours with their names, in a fixed order (for tests and documentation).
    pub fn flow_colours(&self) -> [(&'static str, RGBColor); 11] {
        [
            ("direct", self.direct),
            ("storage", self.storage),
            ("backup", self.backup),
            ("demand", self.demand),
            ("rejected", self.rejected),
            ("heat_pump", self.heat_pump),
            ("electricity", self.electricity),
            ("losses", self.losses),
            ("co2", self.co2),
            ("available", self.available),
            ("supply_temperature", self.supply_temperature),
        ]
    }

    /// The usable scale: `scale` if finite and positive, else 1.
    pub(crate) fn k(&self) -> f64 {
        if self.scale.is_finite() && self.scale > 0.0 {
            self.scale.min(16.0)
        } else {
            1.0
        }
    }

    /// `v` CSS pixels in device pixels, rounded.
    pub(crate) fn px(&self, v: f64) -> i32 {
        (v * self.k()).round() as i32
    }

    /// `v` CSS pixels in device pixels, as a size (at least 1).
    pub(crate) fn upx(&self, v: f64) -> u32 {
        self.px(v).max(1) as u32
    }
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// WCAG 2 relative luminance of an sRGB colour (0 for black, 1 for white).
pub fn relative_luminance(c: RGBColor) -> f64 {
    fn channel(v: u8) -> f64 {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flow_colour_has_3_to_1_contrast_on_both_themes() {
        for theme in [Theme::light(), Theme::dark()] {
            for (name, colour) in theme.flow_colours() {
                let ratio = contrast_ratio(colour, theme.background);
                assert!(
                    ratio >= 3.0,
                    "{name}: {ratio:.2} against {:?}",
                    theme.background
                );
            }
            assert!(contrast_ratio(theme.foreground, theme.background) >= 7.0);
            assert!(contrast_ratio(theme.muted, theme.background) >= 4.5);
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        let r = contrast_ratio(RGBColor(0, 0, 0), RGBColor(255, 255, 255));
        assert!((r - 21.0).abs() < 1e-9);
    }

    #[test]
    fn bad_scale_falls_back_to_one() {
        assert_eq!(Theme::light().with_scale(f64::NAN).px(10.0), 10);
        assert_eq!(Theme::light().with_scale(-2.0).px(10.0), 10);
        assert_eq!(Theme::dark().with_scale(2.0).px(10.0), 20);
    }
}
