//! Heat the network did not take, month by month, and the reasons grouped (MODEL.md §7: the
//! `heat_not_taken` warning and the page's table of it).

use super::{NOT_TAKEN_MIN_MWH, NOT_TAKEN_SHARE_LIMIT};
use crate::network::plants::{PlantKind, PlantName};

/// What covered the heat the network did not take in a month (MODEL.md §7).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum NotTakenBy {
    /// Nothing was left untaken.
    #[default]
    Nothing,
    /// A listed plant (must-run in that month, or cheaper than the data centre's heat).
    Plant {
        /// The plant's name.
        name: PlantName,
        /// Its kind.
        kind: PlantKind,
        /// It must run that month.
        must_run: bool,
    },
    /// The version-1 `baseload_mw` plants that run anyway.
    Baseload,
    /// The network's boilers, cheaper than the data centre's heat.
    Boilers,
}

/// Heat offered and not taken in one month, and why.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MonthNotTaken {
    /// Heat offered by the recovery plant and not taken, MWh.
    pub mwh: f64,
    /// Of it, heat a cheaper plant served, MWh.
    pub too_dear_mwh: f64,
    /// Heat the recovery plant offered, MWh.
    pub offered_mwh: f64,
    /// What covered most of it.
    pub by: NotTakenBy,
}

impl MonthNotTaken {
    /// The month is worth naming: at least [`NOT_TAKEN_MIN_MWH`] and
    /// [`NOT_TAKEN_SHARE_LIMIT`] of the offer.
    pub fn notable(&self) -> bool {
        self.mwh >= NOT_TAKEN_MIN_MWH && self.mwh > NOT_TAKEN_SHARE_LIMIT * self.offered_mwh
    }

    /// Why, as a key the page can put in any language ([`NotTakenReason`]).
    pub fn why(&self) -> NotTakenReason {
        let mostly_dear = self.too_dear_mwh > 0.5 * self.mwh;
        match self.by {
            NotTakenBy::Nothing => NotTakenReason::Nothing,
            NotTakenBy::Plant {
                name,
                kind,
                must_run,
            } => {
                if must_run && !mostly_dear {
                    NotTakenReason::MustRunCovers { name, kind }
                } else if mostly_dear {
                    NotTakenReason::CheaperPlant { name, kind }
                } else {
                    NotTakenReason::MeritOrderCovers { name, kind }
                }
            }
            NotTakenBy::Baseload => NotTakenReason::Baseload,
            NotTakenBy::Boilers => NotTakenReason::CheaperBoilers,
        }
    }

    /// Why, in English: `"the must-run waste-to-energy plant “Brescia WtE” already covers the
    /// network's demand"`.
    pub fn reason(&self) -> String {
        self.why().english()
    }
}

/// Why a month's heat was not taken (MODEL.md §7), as a key: "no room" when the must-run (or
/// cheaper) plants already cover the demand, "too dear" when a cheaper plant makes the heat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NotTakenReason {
    /// Nothing could take it (no plant covered it).
    Nothing,
    /// No room: a plant that must run that month already covers the demand.
    MustRunCovers {
        /// The plant's name.
        name: PlantName,
        /// Its kind.
        kind: PlantKind,
    },
    /// No room: this plant and those before it in the merit order already cover the demand.
    MeritOrderCovers {
        /// The plant's name.
        name: PlantName,
        /// Its kind.
        kind: PlantKind,
    },
    /// Too dear: this plant makes the heat for less than the data centre's heat costs.
    CheaperPlant {
        /// The plant's name.
        name: PlantName,
        /// Its kind.
        kind: PlantKind,
    },
    /// No room: the version-1 plants that run anyway (`baseload_mw`) cover the demand.
    Baseload,
    /// Too dear: the network's boilers make the heat for less.
    CheaperBoilers,
}

impl NotTakenReason {
    /// The reason in English, e.g. `"the must-run waste-to-energy plant “Brescia WtE” already
    /// covers the network's demand"`.
    pub fn english(&self) -> String {
        let named = |name: PlantName| {
            if name.as_str().is_empty() {
                String::new()
            } else {
                format!(" “{}”", name.as_str())
            }
        };
        match *self {
            NotTakenReason::Nothing => "nothing could take it".to_string(),
            NotTakenReason::MustRunCovers { name, kind } => format!(
                "the must-run {}{} already covers the network's demand",
                kind.words(),
                named(name)
            ),
            NotTakenReason::CheaperPlant { name, kind } => format!(
                "the {}{} makes that heat for less than the data centre's heat costs",
                kind.words(),
                named(name)
            ),
            NotTakenReason::MeritOrderCovers { name, kind } => format!(
                "the {}{} and the plants before it in the merit order already cover the \
                 network's demand",
                kind.words(),
                named(name)
            ),
            NotTakenReason::Baseload => {
                "the plants that run anyway (baseload) already cover the network's demand"
                    .to_string()
            }
            NotTakenReason::CheaperBoilers => {
                "the network's boilers make that heat for less than the data centre's heat costs"
                    .to_string()
            }
        }
    }
}

/// Months whose heat was not taken for one reason, with the heat (one part of the
/// `heat_not_taken` warning).
#[derive(Debug, Clone, PartialEq)]
pub struct NotTakenGroup {
    /// Why.
    pub reason: NotTakenReason,
    /// The months (0 = January), in calendar order.
    pub months: Vec<usize>,
    /// Heat not taken in those months, MWh.
    pub mwh: f64,
}

/// The notable months of a year ([`MonthNotTaken::notable`]) grouped by reason, in the order
/// of their first month; with the heat not taken in them and the heat offered over the whole
/// year, MWh (`(groups, not_taken_mwh, offered_mwh)`).
pub fn not_taken_groups(months: &[MonthNotTaken; 12]) -> (Vec<NotTakenGroup>, f64, f64) {
    let mut groups: Vec<NotTakenGroup> = Vec::new();
    let (mut total, mut offered) = (0.0, 0.0);
    for (m, month) in months.iter().enumerate() {
        offered += month.offered_mwh;
        if !month.notable() {
            continue;
        }
        total += month.mwh;
        let reason = month.why();
        match groups.iter_mut().find(|g| g.reason == reason) {
            Some(g) => {
                g.months.push(m);
                g.mwh += month.mwh;
            }
            None => groups.push(NotTakenGroup {
                reason,
                months: vec![m],
                mwh: month.mwh,
            }),
        }
    }
    (groups, total, offered)
}
