//! `recovery.maintenance`: periods of whole days in which the recovery plant recovers nothing
//! (MODEL.md §4.1; docs/model/heat_pump.md §4). Not a row of the field table (a list), read,
//! validated and described in the schema here, like `network.plants`.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::parse::Parsed;
use super::tree::Json;
use super::{Expected, Problem};
use crate::availability::Period;

/// Most maintenance periods a scenario may list (a fixed array keeps [`crate::params::Params`]
/// `Copy` and the run allocation-free) \[A: one a month is already more than any plant plans\].
pub const MAX_PERIODS: usize = 12;

/// One period as given: two `"MM-DD"` dates, inclusive, not yet checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodGiven {
    /// First day, `"MM-DD"`.
    pub from: String,
    /// Last day (inclusive), `"MM-DD"`; before `from` wraps over New Year.
    pub to: String,
}

/// The validated periods: the first `count` of `periods`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Maintenance {
    /// The periods (unused slots are ignored).
    pub periods: [Period; MAX_PERIODS],
    /// How many are used.
    pub count: usize,
}

impl Default for Maintenance {
    fn default() -> Self {
        Maintenance {
            periods: [Period {
                from_day: 0,
                to_day: 0,
            }; MAX_PERIODS],
            count: 0,
        }
    }
}

impl Maintenance {
    /// The periods in use.
    pub fn as_slice(&self) -> &[Period] {
        &self.periods[..self.count.min(MAX_PERIODS)]
    }
}

/// Reads `recovery.maintenance` (shape only; dates are checked by [`validate_maintenance`]).
pub(crate) fn read_maintenance(
    p: &mut Parsed,
    path: &str,
    value: &Json,
) -> Option<Vec<PeriodGiven>> {
    let Json::Array(items) = value else {
        p.wrong_type(
            path,
            "an array of {\"from\", \"to\"} objects",
            Expected::Object,
            value,
        );
        return None;
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Json::Object(entries) = item else {
            p.wrong_type(
                &at,
                "an object {\"from\": \"MM-DD\", \"to\": \"MM-DD\"}",
                Expected::Object,
                item,
            );
            continue;
        };
        let mut period = PeriodGiven::default();
        let (mut from, mut to) = (false, false);
        for (key, value, sub) in p.unique(&at, entries) {
            let text = match value {
                Json::String(s) => s.clone(),
                other => {
                    p.wrong_type(&sub, "a date \"MM-DD\"", Expected::String, other);
                    continue;
                }
            };
            match key {
                "from" => (period.from, from) = (text, true),
                "to" => (period.to, to) = (text, true),
                _ => p.problem(
                    &sub,
                    "unknown field; a maintenance period has from and to",
                    super::ProblemKind::UnknownField {
                        suggestion: None,
                        allowed: vec!["from", "to"],
                    },
                ),
            }
        }
        if from && to {
            out.push(period);
        } else {
            p.problem(
                &at,
                "a maintenance period needs both from and to (\"MM-DD\")",
                super::ProblemKind::Other,
            );
        }
    }
    Some(out)
}

/// Checks every period's dates and the count; the problems name `recovery.maintenance[i].from`
/// or `.to`.
pub(crate) fn validate_maintenance(
    list: &[PeriodGiven],
    problems: &mut Vec<Problem>,
) -> Maintenance {
    let mut m = Maintenance::default();
    if list.len() > MAX_PERIODS {
        problems.push(Problem::new(
            "recovery.maintenance",
            format!(
                "{} periods given; allowed at most {MAX_PERIODS}",
                list.len()
            ),
        ));
        return m;
    }
    for (i, given) in list.iter().enumerate() {
        match Period::parse(i, &given.from, &given.to) {
            Ok(period) => {
                m.periods[m.count] = period;
                m.count += 1;
            }
            Err(e) => problems.push(Problem::new(&e.field, format!("{} {}", e.value, e.reason))),
        }
    }
    m
}

/// JSON Schema of `recovery.maintenance`.
pub(crate) fn maintenance_schema() -> Value {
    json!({
        "type": "array",
        "maxItems": MAX_PERIODS,
        "title": "Maintenance periods",
        "description": "Periods of whole days (inclusive; from after to wraps over New Year) in which the recovery plant recovers nothing and the network's own plants cover its heat (MODEL.md §4.1). DEA: planned outage about 1 week a year. Default: none.",
        "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["from", "to"],
            "properties": {
                "from": {"type": "string", "pattern": "^[0-9]{2}-[0-9]{2}$", "description": "First day, MM-DD."},
                "to": {"type": "string", "pattern": "^[0-9]{2}-[0-9]{2}$", "description": "Last day (inclusive), MM-DD."},
            },
        },
    })
}
