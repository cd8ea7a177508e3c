//! Benchmarks and rules (REFERENCE.md §6, MODEL.md §10) and the reference figures a planner may
//! want beside the results (REFERENCE.md §1–§5), each with its source as REFERENCE.md gives it.
//! The words are message keys of `locales/<lang>/method.ftl`; citations read the same in
//! every language.

use super::text::{tr, UI};
use crate::i18n::Lang;
use leptos::prelude::*;

/// A rule or benchmark.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Its name.
    pub name: &'static str,
    /// What it says, with units.
    pub text: &'static str,
    /// Where it comes from.
    pub source: &'static str,
}

/// The rules and benchmarks shown beside the site's ERF and PUE.
pub static RULES: &[Rule] = &[
    Rule {
        name: "method-rule1-name",
        text: "method-rule1-text",
        source: "method-rule1-source",
    },
    Rule {
        name: "method-rule2-name",
        text: "method-rule2-text",
        source: "method-rule2-source",
    },
    Rule {
        name: "method-rule3-name",
        text: "method-rule3-text",
        source: "method-rule3-source",
    },
    Rule {
        name: "method-rule4-name",
        text: "method-rule4-text",
        source: "method-rule4-source",
    },
    Rule {
        name: "method-rule5-name",
        text: "method-rule5-text",
        source: "method-rule5-source",
    },
    Rule {
        name: "method-rule6-name",
        text: "method-rule6-text",
        source: "method-rule6-source",
    },
];

/// A small table of reference figures.
#[derive(Debug, Clone, Copy)]
pub struct RefTable {
    /// Anchor id.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Column headings (with units).
    pub head: &'static [&'static str],
    /// Rows of cells.
    pub rows: &'static [&'static [&'static str]],
    /// Source of the whole table, or of the cells where a row names its own in the last column.
    pub source: &'static str,
}

/// The reference figures.
pub static FIGURES: &[RefTable] = &[
    RefTable {
        id: "method-ref-brescia",
        title: "method-ref-brescia-title",
        head: &[
            "method-ref-brescia-head1",
            "method-ref-brescia-head2",
            "method-ref-brescia-head3",
        ],
        rows: &[
            &[
                "method-ref-brescia-r1-c1",
                "method-ref-brescia-r1-c2",
                "method-ref-brescia-r1-c3",
            ],
            &[
                "method-ref-brescia-r2-c1",
                "method-ref-brescia-r2-c2",
                "method-ref-brescia-r2-c3",
            ],
            &[
                "method-ref-brescia-r3-c1",
                "method-ref-brescia-r3-c2",
                "method-ref-brescia-r3-c3",
            ],
            &[
                "method-ref-brescia-r4-c1",
                "method-ref-brescia-r4-c2",
                "method-ref-brescia-r4-c3",
            ],
            &[
                "method-ref-brescia-r5-c1",
                "method-ref-brescia-r5-c2",
                "method-ref-brescia-r5-c3",
            ],
            &[
                "method-ref-brescia-r6-c1",
                "method-ref-brescia-r6-c2",
                "method-ref-brescia-r6-c3",
            ],
            &[
                "method-ref-brescia-r7-c1",
                "method-ref-brescia-r7-c2",
                "method-ref-brescia-r7-c3",
            ],
            &[
                "method-ref-brescia-r8-c1",
                "method-ref-brescia-r8-c2",
                "method-ref-brescia-r8-c3",
            ],
            &[
                "method-ref-brescia-r9-c1",
                "method-ref-brescia-r9-c2",
                "method-ref-brescia-r9-c3",
            ],
            &[
                "method-ref-brescia-r10-c1",
                "method-ref-brescia-r10-c2",
                "method-ref-brescia-r10-c3",
            ],
        ],
        source: "method-ref-brescia-source",
    },
    RefTable {
        id: "method-ref-dea",
        title: "method-ref-dea-title",
        head: &[
            "method-ref-dea-head1",
            "method-ref-dea-head2",
            "method-ref-dea-head3",
        ],
        rows: &[
            &[
                "method-ref-dea-r1-c1",
                "method-ref-dea-r1-c2",
                "method-ref-dea-r1-c3",
            ],
            &[
                "method-ref-dea-r2-c1",
                "method-ref-dea-r2-c2",
                "method-ref-dea-r2-c3",
            ],
            &[
                "method-ref-dea-r3-c1",
                "method-ref-dea-r3-c2",
                "method-ref-dea-r3-c3",
            ],
            &[
                "method-ref-dea-r4-c1",
                "method-ref-dea-r4-c2",
                "method-ref-dea-r4-c3",
            ],
            &[
                "method-ref-dea-r5-c1",
                "method-ref-dea-r5-c2",
                "method-ref-dea-r5-c3",
            ],
            &[
                "method-ref-dea-r6-c1",
                "method-ref-dea-r6-c2",
                "method-ref-dea-r6-c3",
            ],
        ],
        source: "method-ref-dea-source",
    },
    RefTable {
        id: "method-ref-generations",
        title: "method-ref-generations-title",
        head: &[
            "method-ref-generations-head1",
            "method-ref-generations-head2",
            "method-ref-generations-head3",
        ],
        rows: &[
            &[
                "method-ref-generations-r1-c1",
                "method-ref-generations-r1-c2",
                "method-ref-generations-r1-c3",
            ],
            &[
                "method-ref-generations-r2-c1",
                "method-ref-generations-r2-c2",
                "method-ref-generations-r2-c3",
            ],
            &[
                "method-ref-generations-r3-c1",
                "method-ref-generations-r3-c2",
                "method-ref-generations-r3-c3",
            ],
            &[
                "method-ref-generations-r4-c1",
                "method-ref-generations-r4-c2",
                "method-ref-generations-r4-c3",
            ],
            &[
                "method-ref-generations-r5-c1",
                "method-ref-generations-r5-c2",
                "method-ref-generations-r5-c3",
            ],
            &[
                "method-ref-generations-r6-c1",
                "method-ref-generations-r6-c2",
                "method-ref-generations-r6-c3",
            ],
            &[
                "method-ref-generations-r7-c1",
                "method-ref-generations-r7-c2",
                "method-ref-generations-r7-c3",
            ],
        ],
        source: "method-ref-generations-source",
    },
    RefTable {
        id: "method-ref-grid",
        title: "method-ref-grid-title",
        head: &["method-ref-grid-head1", "method-ref-grid-head2"],
        rows: &[
            &["method-ref-grid-r1-c1", "method-ref-grid-r1-c2"],
            &["method-ref-grid-r2-c1", "method-ref-grid-r2-c2"],
            &["method-ref-grid-r3-c1", "method-ref-grid-r3-c2"],
            &["method-ref-grid-r4-c1", "method-ref-grid-r4-c2"],
            &["method-ref-grid-r5-c1", "method-ref-grid-r5-c2"],
            &["method-ref-grid-r6-c1", "method-ref-grid-r6-c2"],
            &["method-ref-grid-r7-c1", "method-ref-grid-r7-c2"],
            &["method-ref-grid-r8-c1", "method-ref-grid-r8-c2"],
            &["method-ref-grid-r9-c1", "method-ref-grid-r9-c2"],
        ],
        source: "method-ref-grid-source",
    },
];

/// The rules section.
#[component]
pub fn Rules(lang: Lang) -> impl IntoView {
    view! {
        <section class="method-part" aria-labelledby="method-rules">
            <h3 id="method-rules">{tr(lang, UI.rules_title)}</h3>
            <p>{tr(lang, UI.rules_intro)}</p>
            <dl class="rules">
                {RULES.iter().map(|r| view! {
                    <div class="rule">
                        <dt>{tr(lang, r.name)}</dt>
                        <dd>{tr(lang, r.text)}<br /><span class="source">{tr(lang, UI.source_label)}" "{tr(lang, r.source)}</span></dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// One reference table.
fn ref_table(lang: Lang, t: &'static RefTable) -> impl IntoView {
    view! {
        <h4 id=t.id>{tr(lang, t.title)}</h4>
        <div class="table-scroll fit" tabindex="0" role="region" aria-labelledby=t.id>
            <table class="reference">
                <thead><tr>{t.head.iter().map(|h| view! { <th scope="col">{tr(lang, h)}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {t.rows.iter().map(|row| view! {
                        <tr>
                            {row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                view! { <th scope="row">{tr(lang, cell)}</th> }.into_any()
                            } else {
                                view! { <td>{tr(lang, cell)}</td> }.into_any()
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p class="source">{tr(lang, UI.source_label)}" "{tr(lang, t.source)}"."</p>
    }
}

/// The reference figures section.
#[component]
pub fn ReferenceFigures(lang: Lang) -> impl IntoView {
    view! {
        <section class="method-part" aria-labelledby="method-reference">
            <h3 id="method-reference">{tr(lang, UI.reference_title)}</h3>
            <p>{tr(lang, UI.reference_intro)}" "{tr(lang, UI.derived_note)}</p>
            {FIGURES.iter().map(|t| ref_table(lang, t)).collect_view()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has;

    #[test]
    fn every_rule_and_table_has_a_source_and_full_rows_in_both_languages() {
        for lang in Lang::ALL {
            for r in RULES {
                for key in [r.name, r.text, r.source] {
                    assert!(has(lang, key), "{key} missing in {lang:?}");
                }
            }
            for t in FIGURES {
                for key in [t.title, t.source].iter().chain(t.head) {
                    assert!(has(lang, key), "{key} missing in {lang:?}");
                }
                for row in t.rows {
                    assert_eq!(row.len(), t.head.len(), "{}: {row:?}", t.id);
                    for key in *row {
                        assert!(has(lang, key), "{key} missing in {lang:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn enefg_benchmarks_are_stated() {
        let enefg = RULES
            .iter()
            .find(|r| tr(Lang::En, r.name).contains("EnEfG"))
            .expect("EnEfG");
        let en = tr(Lang::En, enefg.text);
        for s in ["PUE ≤ 1.2", "ERF ≥ 10 %", "15 %", "20 %", "heat pumps"] {
            assert!(en.contains(s), "{s}");
        }
        let it = tr(Lang::It, enefg.text);
        for s in ["PUE ≤ 1,2", "ERF ≥ 10 %", "15 %", "20 %", "pompe di calore"] {
            assert!(it.contains(s), "{s}");
        }
        assert!(tr(Lang::It, enefg.source).contains("EnEfG"));
    }
}
