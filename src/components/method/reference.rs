//! Benchmarks and rules (REFERENCE.md §6, MODEL.md §10) and the reference figures a planner may
//! want beside the results (REFERENCE.md §1–§5), each with its source as REFERENCE.md gives it.
//! The text is English data, kept here so it can move to a translation file with the rest.

use super::text::UI;
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
        name: "Germany, Energy Efficiency Act (EnEfG) §11",
        text: "Data centres starting operation from 1 July 2026: PUE ≤ 1.2 and ERF ≥ 10 %; the ERF rises to \
               15 % for sites starting from 1 July 2027 and 20 % from 1 July 2028, as an annual average \
               reached within two years of start. Existing sites: PUE ≤ 1.5 from July 2027 and ≤ 1.3 from \
               July 2030. Electricity for heat pumps that upgrade the waste heat does not count in the PUE.",
        source: "Energieeffizienzgesetz (EnEfG) §11; REFERENCE.md §6; MODEL.md §10",
    },
    Rule {
        name: "EU Energy Efficiency Directive, Article 12",
        text: "Data centres with an installed IT power of 500 kW or more report their energy performance \
               every year (PUE, WUE, ERF, REF and more, as set by Delegated Regulation (EU) 2024/1364).",
        source: "Directive (EU) 2023/1791, Art. 12; Delegated Regulation (EU) 2024/1364; REFERENCE.md §6",
    },
    Rule {
        name: "EU Energy Efficiency Directive, Article 26",
        text: "Data centres above 1 MW must use their waste heat, or show that it is not technically or \
               economically feasible.",
        source: "Directive (EU) 2023/1791, Art. 26; REFERENCE.md §6",
    },
    Rule {
        name: "ISO/IEC 30134-2 (EN 50600-4-2): power usage effectiveness",
        text: "PUE = total data-centre energy ÷ IT energy, over a year; 1.0 would mean every kWh goes to the \
               IT. Industry average 1.58 (Uptime 2023).",
        source: "ISO/IEC 30134-2 / EN 50600-4-2; REFERENCE.md §2, §6",
    },
    Rule {
        name: "ISO/IEC 30134-6 (EN 50600-4-6): energy reuse factor",
        text: "ERF = energy reused outside the data centre ÷ total data-centre energy, from 0 to 1 (shown as \
               a percentage).",
        source: "ISO/IEC 30134-6 / EN 50600-4-6; REFERENCE.md §6",
    },
    Rule {
        name: "Italy: efficient district heating network",
        text: "A network counts as efficient with at least 50 % waste heat, or at least 50 % renewable \
               energy, or at least 75 % heat from cogeneration; upgrades can earn white certificates (TEE).",
        source: "D.Lgs. 102/2014; REFERENCE.md §6",
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
        title: "The pilot: A2A + Qarnot, Centrale Lamarmora, Brescia (Italy)",
        head: &["Item", "Value", "Source"],
        rows: &[
            &["Opened", "24–25 June 2025, on a former coal yard of A2A’s combined heat and power plant", "REFERENCE.md §1"],
            &["Cooling", "warm-water liquid cooling (Qarnot QBx units), water up to 65 °C", "pausa-energia.com (A2A), e-gazette.it"],
            &["Heat pump", "none: heat exchangers into the network (air cooling would give ~30 °C and need heat pumps)", "pausa-energia.com, serviziarete.it"],
            &["Heat, phase 1 (30 QBx units)", "about 800 MWh/yr", "serviziarete.it"],
            &["Heat, full build-out", "16 GWh/yr", "e-gazette.it, innovazionepa.soiel.it"],
            &["Homes", "1,350 apartments (80 m² apartment-equivalents)", "sky.it, ilgiornale.it"],
            &["CO2 avoided", "3,500 t/yr, “as much as more than 22,000 trees absorb”", "innovazionepa.soiel.it"],
            &["Implied ratios [D]", "218.75 kg CO2/MWh of heat; 11.85 MWh per apartment per year; 159 kg CO2 per tree per year; mean heat output 1.83 MW", "derived from the figures above"],
            &["Brescia network", "1,168 GWh/yr generated, 684 km, 179,000 apartment-equivalents; over 80 % of its heat renewable or recovered (waste-to-energy up to 365 MW of heat)", "pausa-energia.com; Giornale di Brescia (Feb 2026); Corriere di Brescia (2022)"],
            &["IT load, supply temperature", "not published", "—"],
        ],
        source: "REFERENCE.md §1",
    },
    RefTable {
        id: "method-ref-dea",
        title: "Heat pumps: Danish Energy Agency technology catalogue",
        head: &["Entry", "Nameplate COP 2020 / 2030 / 2050", "Conditions"],
        rows: &[
            &["Excess-heat heat pump, 10 MW", "5.0 / 5.2 / 5.4", "source 25 → 15 °C, network 35/70 °C"],
            &["Excess-heat heat pump, 1 MW", "4.0 / 4.2 / 4.4", "source 25 → 15 °C, network 35/70 °C"],
            &["Air-source, 10 MW", "3.5 / 3.55 / 3.6", "air −1 °C, network 35/70 °C"],
            &["Seawater, 20 MW", "3.4 / 3.4 / 3.5", "sea 4 °C, network 40/80 °C"],
            &["Capex, lifetime, minimum load", "0.67 M€ per MW of heat (2020); 25 years; 25 %", "same catalogue"],
            &["Real COP vs the Lorenz ideal [D]", "about 0.5 of the log-mean-temperature ideal", "derived"],
        ],
        source: "Danish Energy Agency technology catalogue, via PyPSA technology-data (REFERENCE.md §3)",
    },
    RefTable {
        id: "method-ref-generations",
        title: "District heating generations and temperatures",
        head: &["Item", "Value", "Source"],
        rows: &[
            &["3rd generation", "supply 80–120 °C, return 40–60 °C", "Lund et al. 2014"],
            &["4th generation", "supply 50–70 °C, return 25–40 °C (DEA planning value 70/35 °C)", "Lund et al. 2014; DEA"],
            &["5th generation (“ambient”)", "loops at 10–25 °C with a heat pump in each building", "Lund et al. 2014"],
            &["Maximum supply by country", "Italy 90, Denmark 75, Germany 109, Finland 115, Sweden 102, France 110 °C", "PyPSA-Eur"],
            &["Network losses", "5–40 % of the heat fed in; PyPSA-Eur default 15 %; 90 → 70 °C supply cuts losses by about a quarter", "DIN EN 13941 method; PyPSA-Eur"],
            &["Large hot-water tank", "3,000 m³ ≈ 175 MWh at 55 K; 0.14–0.24 %/day loss; €3.0 M per GWh", "DEA"],
            &["Italy 2020", "337 systems, over 5,000 km, 11.9 TWh fed in, 63 % from gas", "GSE"],
        ],
        source: "REFERENCE.md §4",
    },
    RefTable {
        id: "method-ref-grid",
        title: "Grid electricity by country, 2023 (lifecycle)",
        head: &["Country", "g CO2e per kWh"],
        rows: &[
            &["Germany", "381.0"],
            &["Italy", "330.7"],
            &["Ireland", "290.8"],
            &["EU-27 [D]", "about 214"],
            &["Denmark", "151.7"],
            &["Finland", "79.2"],
            &["France", "56.0"],
            &["Sweden", "40.7"],
            &["Norway", "30.1"],
        ],
        source: "Ember 2023, via codecarbon (MIT licence); REFERENCE.md §5. For comparison: natural gas \
                 201.4 kg CO2 per MWh of fuel, combustion only (Italian national factor 55.934 t CO2/TJ); \
                 about 240 kg CO2e per MWh lifecycle",
    },
];

/// The rules section.
#[component]
pub fn Rules() -> impl IntoView {
    view! {
        <section class="method-part" aria-labelledby="method-rules">
            <h3 id="method-rules">{UI.rules_title}</h3>
            <p>{UI.rules_intro}</p>
            <dl class="rules">
                {RULES.iter().map(|r| view! {
                    <div class="rule">
                        <dt>{r.name}</dt>
                        <dd>{r.text}<br /><span class="source">{UI.source_label}" "{r.source}</span></dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// One reference table.
fn ref_table(t: &'static RefTable) -> impl IntoView {
    view! {
        <h4 id=t.id>{t.title}</h4>
        <div class="table-scroll fit" tabindex="0" role="region" aria-labelledby=t.id>
            <table class="reference">
                <thead><tr>{t.head.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {t.rows.iter().map(|row| view! {
                        <tr>
                            {row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                view! { <th scope="row">{*cell}</th> }.into_any()
                            } else {
                                view! { <td>{*cell}</td> }.into_any()
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p class="source">{UI.source_label}" "{t.source}"."</p>
    }
}

/// The reference figures section.
#[component]
pub fn ReferenceFigures() -> impl IntoView {
    view! {
        <section class="method-part" aria-labelledby="method-reference">
            <h3 id="method-reference">{UI.reference_title}</h3>
            <p>{UI.reference_intro}" "{UI.derived_note}</p>
            {FIGURES.iter().map(ref_table).collect_view()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_and_table_has_a_source_and_full_rows() {
        for r in RULES {
            assert!(!r.source.is_empty() && !r.text.is_empty(), "{}", r.name);
        }
        for t in FIGURES {
            assert!(!t.source.is_empty(), "{}", t.id);
            for row in t.rows {
                assert_eq!(row.len(), t.head.len(), "{}: {row:?}", t.id);
            }
        }
    }

    #[test]
    fn enefg_benchmarks_are_stated() {
        let enefg = RULES
            .iter()
            .find(|r| r.name.contains("EnEfG"))
            .expect("EnEfG");
        for s in ["PUE ≤ 1.2", "ERF ≥ 10 %", "15 %", "20 %", "heat pumps"] {
            assert!(enefg.text.contains(s), "{s}");
        }
    }
}
