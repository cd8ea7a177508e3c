//! Where everything sits in the schematic: a wide layout (left to right) for wide containers
//! and a tall one (top to bottom) for phones, both in viewBox units.

/// A box: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect(pub f64, pub f64, pub f64, pub f64);

/// Text alignment of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at the point.
    Start,
    /// Text is centred on the point.
    Middle,
    /// Text ends at the point.
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn css(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A label's first baseline and alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct At(pub f64, pub f64, pub Anchor);

/// A flow's path (an orthogonal polyline ending at the arrow's tip) and its label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// The path's points.
    pub pts: &'static [(f64, f64)],
    /// Where its name and value go.
    pub label: At,
}

/// A whole schematic's geometry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    /// viewBox width and height.
    pub size: (f64, f64),
    /// The electricity bus and its label.
    pub bus: &'static [(f64, f64)],
    pub bus_label: At,
    pub outdoor: At,
    pub dc: Rect,
    pub coolers: Rect,
    pub recovery: Rect,
    pub hx: Rect,
    pub hp: Rect,
    pub tank: Rect,
    pub network: Rect,
    pub backup_box: Rect,
    pub homes_box: Rect,
    pub it: Band,
    pub captured: Band,
    pub rejected: Band,
    pub used: Band,
    pub hp_electricity: Band,
    pub direct: Band,
    pub charge: Band,
    pub discharge: Band,
    pub backup: Band,
    pub homes: Band,
    pub losses: Band,
    pub pumping: Band,
    /// Return pipes (dashed), drawn from the consumer back to the source.
    pub loop_return: &'static [(f64, f64)],
    pub net_return: &'static [(f64, f64)],
    /// Temperature pills: centre points.
    pub t_loop_out: (f64, f64),
    pub t_loop_back: (f64, f64),
    pub t_supply: (f64, f64),
    pub t_return: (f64, f64),
}

/// Left to right, for containers at least [`WIDE_MIN_PX`] wide.
pub const WIDE: Layout = Layout {
    size: (1000.0, 490.0),
    bus: &[(40.0, 34.0), (700.0, 34.0)],
    bus_label: At(40.0, 22.0, Anchor::Start),
    outdoor: At(985.0, 28.0, Anchor::End),
    dc: Rect(24.0, 140.0, 140.0, 150.0),
    coolers: Rect(196.0, 392.0, 110.0, 62.0),
    recovery: Rect(380.0, 112.0, 170.0, 206.0),
    hx: Rect(394.0, 148.0, 142.0, 80.0),
    hp: Rect(394.0, 236.0, 142.0, 72.0),
    tank: Rect(574.0, 380.0, 82.0, 96.0),
    network: Rect(664.0, 124.0, 134.0, 194.0),
    backup_box: Rect(820.0, 40.0, 160.0, 72.0),
    homes_box: Rect(890.0, 124.0, 96.0, 194.0),
    it: Band {
        pts: &[(94.0, 34.0), (94.0, 140.0)],
        label: At(122.0, 88.0, Anchor::Start),
    },
    captured: Band {
        pts: &[(164.0, 188.0), (251.0, 188.0)],
        label: At(172.0, 152.0, Anchor::Start),
    },
    rejected: Band {
        pts: &[(251.0, 188.0), (251.0, 392.0)],
        label: At(276.0, 346.0, Anchor::Start),
    },
    used: Band {
        pts: &[(251.0, 188.0), (380.0, 188.0)],
        label: At(272.0, 226.0, Anchor::Start),
    },
    hp_electricity: Band {
        pts: &[(500.0, 34.0), (500.0, 112.0)],
        label: At(476.0, 70.0, Anchor::End),
    },
    direct: Band {
        pts: &[(550.0, 188.0), (664.0, 188.0)],
        label: At(607.0, 152.0, Anchor::Middle),
    },
    charge: Band {
        pts: &[(550.0, 276.0), (592.0, 276.0), (592.0, 380.0)],
        label: At(568.0, 346.0, Anchor::End),
    },
    discharge: Band {
        pts: &[(638.0, 380.0), (638.0, 296.0), (664.0, 296.0)],
        label: At(662.0, 346.0, Anchor::Start),
    },
    backup: Band {
        pts: &[(820.0, 77.0), (764.0, 77.0), (764.0, 124.0)],
        label: At(0.0, 0.0, Anchor::Start),
    },
    homes: Band {
        pts: &[(798.0, 188.0), (890.0, 188.0)],
        label: At(844.0, 152.0, Anchor::Middle),
    },
    losses: Band {
        pts: &[(760.0, 318.0), (760.0, 400.0)],
        label: At(786.0, 370.0, Anchor::Start),
    },
    pumping: Band {
        pts: &[(690.0, 34.0), (690.0, 124.0)],
        label: At(672.0, 70.0, Anchor::End),
    },
    loop_return: &[(380.0, 266.0), (164.0, 266.0)],
    net_return: &[(890.0, 270.0), (798.0, 270.0)],
    t_loop_out: (205.0, 188.0),
    t_loop_back: (320.0, 266.0),
    t_supply: (844.0, 188.0),
    t_return: (844.0, 270.0),
};

/// Top to bottom, for phones.
pub const TALL: Layout = Layout {
    size: (400.0, 790.0),
    bus: &[(388.0, 44.0), (388.0, 560.0)],
    bus_label: At(392.0, 28.0, Anchor::End),
    outdoor: At(8.0, 28.0, Anchor::Start),
    dc: Rect(100.0, 44.0, 190.0, 96.0),
    coolers: Rect(8.0, 190.0, 84.0, 56.0),
    recovery: Rect(100.0, 290.0, 190.0, 120.0),
    hx: Rect(108.0, 316.0, 84.0, 86.0),
    hp: Rect(198.0, 316.0, 84.0, 86.0),
    tank: Rect(8.0, 450.0, 80.0, 96.0),
    network: Rect(130.0, 540.0, 160.0, 84.0),
    backup_box: Rect(8.0, 590.0, 108.0, 72.0),
    homes_box: Rect(130.0, 720.0, 160.0, 62.0),
    it: Band {
        pts: &[(388.0, 92.0), (290.0, 92.0)],
        label: At(296.0, 128.0, Anchor::Start),
    },
    captured: Band {
        pts: &[(195.0, 140.0), (195.0, 218.0)],
        label: At(170.0, 162.0, Anchor::End),
    },
    rejected: Band {
        pts: &[(195.0, 218.0), (92.0, 218.0)],
        label: At(8.0, 264.0, Anchor::Start),
    },
    used: Band {
        pts: &[(195.0, 218.0), (195.0, 290.0)],
        label: At(170.0, 264.0, Anchor::End),
    },
    hp_electricity: Band {
        pts: &[(388.0, 360.0), (290.0, 360.0)],
        label: At(296.0, 396.0, Anchor::Start),
    },
    direct: Band {
        pts: &[(195.0, 410.0), (195.0, 540.0)],
        label: At(220.0, 470.0, Anchor::Start),
    },
    charge: Band {
        pts: &[(140.0, 410.0), (140.0, 470.0), (88.0, 470.0)],
        label: At(8.0, 428.0, Anchor::Start),
    },
    discharge: Band {
        pts: &[
            (88.0, 520.0),
            (110.0, 520.0),
            (110.0, 560.0),
            (130.0, 560.0),
        ],
        label: At(98.0, 500.0, Anchor::Start),
    },
    backup: Band {
        pts: &[(116.0, 604.0), (130.0, 604.0)],
        label: At(0.0, 0.0, Anchor::Start),
    },
    homes: Band {
        pts: &[(195.0, 624.0), (195.0, 720.0)],
        label: At(170.0, 690.0, Anchor::End),
    },
    losses: Band {
        pts: &[(270.0, 624.0), (270.0, 680.0)],
        label: At(294.0, 660.0, Anchor::Start),
    },
    pumping: Band {
        pts: &[(388.0, 556.0), (290.0, 556.0)],
        label: At(296.0, 592.0, Anchor::Start),
    },
    loop_return: &[(262.0, 290.0), (262.0, 140.0)],
    net_return: &[(246.0, 720.0), (246.0, 624.0)],
    t_loop_out: (195.0, 178.0),
    t_loop_back: (262.0, 250.0),
    t_supply: (195.0, 660.0),
    t_return: (246.0, 690.0),
};

/// Narrowest container, CSS px, that gets the wide layout.
pub const WIDE_MIN_PX: i32 = 720;
