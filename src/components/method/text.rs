//! The structure of the Method panel's text, as message keys of `locales/<lang>/method.ftl`:
//! the panel's labels ([`UI`]), the method in plain words ([`TOPICS`]), the fixed constants
//! ([`CONSTANTS`]), the choices made where MODEL.md is silent ([`CHOICES`]) and the limits
//! ([`LIMITS`], [`PLANNED`]). [`tr`] reads a message in a language.
//!
//! Messages use a tiny markup read by [`super::equation`]: `x_[sub]`, `x^[sup]` and
//! `*[lead words]` (brackets, because braces are Fluent's own).

use crate::i18n::{translate, Lang};

/// The message `key` of `lang`.
pub fn tr(lang: Lang, key: &str) -> String {
    translate(lang, key, &[])
}

/// One paragraph of the method: plain words, then its equations (each on its own line).
#[derive(Debug, Clone, Copy)]
pub struct Para {
    /// The explanation, in plain words (a message key).
    pub text: &'static str,
    /// Equations in the compact markup (message keys); may be empty.
    pub eqs: &'static [&'static str],
}

/// One topic of the method, e.g. "Heat recovery".
#[derive(Debug, Clone, Copy)]
pub struct Topic {
    /// Anchor id, unique on the page.
    pub id: &'static str,
    /// Heading (a message key).
    pub title: &'static str,
    /// Where it comes from in the specification.
    pub spec: &'static str,
    /// The paragraphs.
    pub paras: &'static [Para],
}

/// Labels and short texts of the panel's frame and tables (message keys).
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub heading: &'static str,
    pub intro: &'static str,
    pub contents: &'static str,
    pub method_title: &'static str,
    pub method_intro: &'static str,
    pub constants_title: &'static str,
    pub choices_title: &'static str,
    pub limits_title: &'static str,
    pub planned_title: &'static str,
    pub inputs_title: &'static str,
    pub inputs_intro: &'static str,
    pub col_input: &'static str,
    pub col_constant: &'static str,
    pub col_path: &'static str,
    pub col_unit: &'static str,
    pub col_default: &'static str,
    pub col_allowed: &'static str,
    pub col_source: &'static str,
    pub col_current: &'static str,
    pub col_value: &'static str,
    pub same_as_default: &'static str,
    pub no_scenario: &'static str,
    pub weather_title: &'static str,
    pub weather_intro: &'static str,
    pub cooling_title: &'static str,
    pub cooling_intro: &'static str,
    pub cooling_example: &'static str,
    pub generation_title: &'static str,
    pub generation_intro: &'static str,
    pub choice: &'static str,
    pub climates_title: &'static str,
    pub climates_intro: &'static str,
    pub col_climate: &'static str,
    pub col_kind: &'static str,
    pub col_station: &'static str,
    pub col_period: &'static str,
    pub col_mean: &'static str,
    pub kind_tmy: &'static str,
    pub kind_synthetic: &'static str,
    pub in_use: &'static str,
    pub attribution_lead: &'static str,
    pub ecad_note: &'static str,
    pub rules_title: &'static str,
    pub rules_intro: &'static str,
    pub scenario_title: &'static str,
    pub scenario_none: &'static str,
    pub scenario_preset: &'static str,
    pub scenario_no_sources: &'static str,
    pub reference_title: &'static str,
    pub reference_intro: &'static str,
    pub derived_note: &'static str,
    pub source_label: &'static str,
}

/// The panel's labels.
pub const UI: Ui = Ui {
    heading: "method-heading",
    intro: "method-intro",
    contents: "method-contents",
    method_title: "method-method-title",
    method_intro: "method-method-intro",
    constants_title: "method-constants-title",
    choices_title: "method-choices-title",
    limits_title: "method-limits-title",
    planned_title: "method-planned-title",
    inputs_title: "method-inputs-title",
    inputs_intro: "method-inputs-intro",
    col_input: "method-col-input",
    col_constant: "method-col-constant",
    col_path: "method-col-path",
    col_unit: "method-col-unit",
    col_default: "method-col-default",
    col_allowed: "method-col-allowed",
    col_source: "method-col-source",
    col_current: "method-col-current",
    col_value: "method-col-value",
    same_as_default: "method-same-as-default",
    no_scenario: "method-no-scenario",
    weather_title: "method-weather-title",
    weather_intro: "method-weather-intro",
    cooling_title: "method-cooling-title",
    cooling_intro: "method-cooling-intro",
    cooling_example: "method-cooling-example",
    generation_title: "method-generation-title",
    generation_intro: "method-generation-intro",
    choice: "method-choice",
    climates_title: "method-climates-title",
    climates_intro: "method-climates-intro",
    col_climate: "method-col-climate",
    col_kind: "method-col-kind",
    col_station: "method-col-station",
    col_period: "method-col-period",
    col_mean: "method-col-mean",
    kind_tmy: "method-kind-tmy",
    kind_synthetic: "method-kind-synthetic",
    in_use: "method-in-use",
    attribution_lead: "method-attribution-lead",
    ecad_note: "method-ecad-note",
    rules_title: "method-rules-title",
    rules_intro: "method-rules-intro",
    scenario_title: "method-scenario-title",
    scenario_none: "method-scenario-none",
    scenario_preset: "method-scenario-preset",
    scenario_no_sources: "method-scenario-no-sources",
    reference_title: "method-reference-title",
    reference_intro: "method-reference-intro",
    derived_note: "method-derived-note",
    source_label: "method-source-label",
};

/// The method in plain words (MODEL.md §0–§10), one topic per step of the chain.
pub static TOPICS: &[Topic] = &[
    Topic {
        id: "method-time",
        title: "method-time-h",
        spec: "MODEL.md §0",
        paras: &[Para {
            text: "method-time-p1",
            eqs: &["method-time-p1-eq1", "method-time-p1-eq2"],
        }],
    },
    Topic {
        id: "method-weather",
        title: "method-weather-h",
        spec: "MODEL.md §1",
        paras: &[
            Para {
                text: "method-weather-p1",
                eqs: &["method-weather-p1-eq1"],
            },
            Para {
                text: "method-weather-p2",
                eqs: &["method-weather-p2-eq1"],
            },
        ],
    },
    Topic {
        id: "method-data-centre",
        title: "method-data-centre-h",
        spec: "MODEL.md §2",
        paras: &[
            Para {
                text: "method-data-centre-p1",
                eqs: &[
                    "method-data-centre-p1-eq1",
                    "method-data-centre-p1-eq2",
                    "method-data-centre-p1-eq3",
                ],
            },
            Para {
                text: "method-data-centre-p2",
                eqs: &["method-data-centre-p2-eq1", "method-data-centre-p2-eq2"],
            },
            Para {
                text: "method-data-centre-p3",
                eqs: &["method-data-centre-p3-eq1", "method-data-centre-p3-eq2"],
            },
        ],
    },
    Topic {
        id: "method-network-temperatures",
        title: "method-network-temperatures-h",
        spec: "MODEL.md §3",
        paras: &[
            Para {
                text: "method-network-temperatures-p1",
                eqs: &[
                    "method-network-temperatures-p1-eq1",
                    "method-network-temperatures-p1-eq2",
                ],
            },
            Para {
                text: "method-network-temperatures-p2",
                eqs: &[
                    "method-network-temperatures-p2-eq1",
                    "method-network-temperatures-p2-eq2",
                ],
            },
            Para {
                text: "method-network-temperatures-p3",
                eqs: &[
                    "method-network-temperatures-p3-eq1",
                    "method-network-temperatures-p3-eq2",
                ],
            },
        ],
    },
    Topic {
        id: "method-recovery",
        title: "method-recovery-h",
        spec: "MODEL.md §4",
        paras: &[
            Para {
                text: "method-recovery-p1",
                eqs: &["method-recovery-p1-eq1", "method-recovery-p1-eq2"],
            },
            Para {
                text: "method-recovery-p2",
                eqs: &["method-recovery-p2-eq1", "method-recovery-p2-eq2"],
            },
            Para {
                text: "method-recovery-p3",
                eqs: &[
                    "method-recovery-p3-eq1",
                    "method-recovery-p3-eq2",
                    "method-recovery-p3-eq3",
                ],
            },
            Para {
                text: "method-recovery-p4",
                eqs: &["method-recovery-p4-eq1", "method-recovery-p4-eq2"],
            },
            Para {
                text: "method-recovery-p5",
                eqs: &[],
            },
            Para {
                text: "method-recovery-p6",
                eqs: &["method-recovery-p6-eq1", "method-recovery-p6-eq2"],
            },
            Para {
                text: "method-recovery-p7",
                eqs: &[],
            },
        ],
    },
    Topic {
        id: "method-demand",
        title: "method-demand-h",
        spec: "MODEL.md §5",
        paras: &[
            Para {
                text: "method-demand-p1",
                eqs: &["method-demand-p1-eq1"],
            },
            Para {
                text: "method-demand-p2",
                eqs: &["method-demand-p2-eq1", "method-demand-p2-eq2"],
            },
            Para {
                text: "method-demand-p3",
                eqs: &["method-demand-p3-eq1"],
            },
            Para {
                text: "method-demand-p4",
                eqs: &["method-demand-p4-eq1", "method-demand-p4-eq2"],
            },
            Para {
                text: "method-demand-p5",
                eqs: &["method-demand-p5-eq1", "method-demand-p5-eq2"],
            },
            Para {
                text: "method-demand-p6",
                eqs: &[],
            },
        ],
    },
    Topic {
        id: "method-storage",
        title: "method-storage-h",
        spec: "MODEL.md §6",
        paras: &[Para {
            text: "method-storage-p1",
            eqs: &[
                "method-storage-p1-eq1",
                "method-storage-p1-eq2",
                "method-storage-p1-eq3",
            ],
        }],
    },
    Topic {
        id: "method-dispatch",
        title: "method-dispatch-h",
        spec: "MODEL.md §7",
        paras: &[
            Para {
                text: "method-dispatch-p1",
                eqs: &[
                    "method-dispatch-p1-eq1",
                    "method-dispatch-p1-eq2",
                    "method-dispatch-p1-eq3",
                ],
            },
            Para {
                text: "method-dispatch-p2",
                eqs: &[
                    "method-dispatch-p2-eq1",
                    "method-dispatch-p2-eq2",
                    "method-dispatch-p2-eq3",
                ],
            },
        ],
    },
    Topic {
        id: "method-emissions",
        title: "method-emissions-h",
        spec: "MODEL.md §8",
        paras: &[
            Para {
                text: "method-emissions-p1",
                eqs: &[
                    "method-emissions-p1-eq1",
                    "method-emissions-p1-eq2",
                    "method-emissions-p1-eq3",
                ],
            },
            Para {
                text: "method-emissions-p2",
                eqs: &[],
            },
            Para {
                text: "method-emissions-p3",
                eqs: &[
                    "method-emissions-p3-eq1",
                    "method-emissions-p3-eq2",
                    "method-emissions-p3-eq3",
                ],
            },
        ],
    },
    Topic {
        id: "method-economics",
        title: "method-economics-h",
        spec: "MODEL.md §9",
        paras: &[
            Para {
                text: "method-economics-p1",
                eqs: &[
                    "method-economics-p1-eq1",
                    "method-economics-p1-eq2",
                    "method-economics-p1-eq3",
                    "method-economics-p1-eq4",
                ],
            },
            Para {
                text: "method-economics-p2",
                eqs: &[
                    "method-economics-p2-eq1",
                    "method-economics-p2-eq2",
                    "method-economics-p2-eq3",
                ],
            },
            Para {
                text: "method-economics-p3",
                eqs: &[
                    "method-economics-p3-eq1",
                    "method-economics-p3-eq2",
                    "method-economics-p3-eq3",
                    "method-economics-p3-eq4",
                ],
            },
        ],
    },
    Topic {
        id: "method-indicators",
        title: "method-indicators-h",
        spec: "MODEL.md §10",
        paras: &[
            Para {
                text: "method-indicators-p1",
                eqs: &["method-indicators-p1-eq1", "method-indicators-p1-eq2"],
            },
            Para {
                text: "method-indicators-p2",
                eqs: &["method-indicators-p2-eq1", "method-indicators-p2-eq2"],
            },
        ],
    },
];

/// The fixed constants of version 1 (MODEL.md §11): what, value with unit, where from.
pub static CONSTANTS: &[(&str, &str, &str)] = &[
    (
        "method-const1-what",
        "method-const1-value",
        "method-const1-source",
    ),
    (
        "method-const2-what",
        "method-const2-value",
        "method-const2-source",
    ),
    (
        "method-const3-what",
        "method-const3-value",
        "method-const3-source",
    ),
    (
        "method-const4-what",
        "method-const4-value",
        "method-const4-source",
    ),
    (
        "method-const5-what",
        "method-const5-value",
        "method-const5-source",
    ),
    (
        "method-const6-what",
        "method-const6-value",
        "method-const6-source",
    ),
    (
        "method-const7-what",
        "method-const7-value",
        "method-const7-source",
    ),
    (
        "method-const8-what",
        "method-const8-value",
        "method-const8-source",
    ),
];

/// Choices the code makes where MODEL.md is silent (from the model's module documentation).
pub static CHOICES: &[&str] = &[
    "method-choice1",
    "method-choice2",
    "method-choice3",
    "method-choice4",
    "method-choice5",
    "method-choice6",
];

/// What version 1 leaves out.
pub static LIMITS: &[&str] = &[
    "method-limit1",
    "method-limit2",
    "method-limit3",
    "method-limit4",
    "method-limit5",
];

/// MODEL.md §12: planned after version 1.
pub static PLANNED: &[&str] = &[
    "method-planned1",
    "method-planned2",
    "method-planned3",
    "method-planned4",
    "method-planned5",
    "method-planned6",
    "method-planned7",
    "method-planned8",
    "method-planned9",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has;

    /// Every key the panel's structure names (the topics, tables and lists).
    pub fn all_keys() -> Vec<&'static str> {
        let mut keys = vec![];
        for t in TOPICS {
            keys.push(t.title);
            for p in t.paras {
                keys.push(p.text);
                keys.extend(p.eqs.iter().copied());
            }
        }
        for (a, b, c) in CONSTANTS {
            keys.extend([*a, *b, *c]);
        }
        keys.extend(CHOICES.iter().chain(LIMITS).chain(PLANNED).copied());
        keys
    }

    /// The keys of [`UI`], read from this file.
    fn ui_keys() -> Vec<&'static str> {
        let src = include_str!("text.rs");
        let start = src.find("pub const UI: Ui = Ui {").unwrap_or(0);
        let block = &src[start..];
        let block = &block[..block.find("};").unwrap_or(block.len())];
        block.lines().filter_map(|l| l.split('"').nth(1)).collect()
    }

    #[test]
    fn every_key_exists_in_both_languages() {
        assert!(ui_keys().len() > 40);
        for lang in Lang::ALL {
            for key in all_keys().into_iter().chain(ui_keys()) {
                assert!(has(lang, key), "{key} missing in {lang:?}");
            }
        }
    }
}
