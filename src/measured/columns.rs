//! The files chosen and what each of their columns holds (issue 10: "upload a CSV (or several)",
//! "columns mapped by name or chosen by the user").
//!
//! Each file of the last choice is kept with how it is read ([`Source`]). At first a column is
//! read by its name (docs/model/measured.md §1); the panel lists every file's columns with a
//! select each — the timestamp, one of the seven series, or not read — and reads the files
//! again with the user's choice (`heat_twin_measured::LoadOptions::mapping`). Several files
//! are merged as `heat-twin-cli compare --measured A --measured B` merges them: a series given
//! again by a later file replaces the earlier one.

use super::load::{self, Loaded};
use crate::i18n::{translate, Arg, I18n, Lang};
use heat_twin_measured::{
    header_cells, header_key, timestamp_index, ColumnMapping, LoadOptions, Measured, Series,
};
use leptos::prelude::*;
use std::sync::Arc;

/// One file of the last choice.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Its name as chosen.
    pub name: String,
    /// Its bytes.
    pub bytes: Arc<[u8]>,
    /// How it is read.
    pub options: LoadOptions,
    /// Its header's cells (empty when it has none to read).
    pub header: Vec<String>,
    /// What each header cell is read as, in the last reading.
    pub read_as: Vec<ReadAs>,
    /// What the user has chosen for each cell since (the selects' values; `read_as` after
    /// each reading).
    pub chosen: Vec<ReadAs>,
}

/// What a column is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAs {
    /// The timestamps.
    Timestamp,
    /// A measured series.
    Series(Series),
    /// Nothing.
    Nothing,
}

impl ReadAs {
    /// The select's value: `timestamp`, a series' contract name, or empty.
    pub fn value(self) -> &'static str {
        match self {
            ReadAs::Timestamp => "timestamp",
            ReadAs::Series(s) => s.name(),
            ReadAs::Nothing => "",
        }
    }

    /// Reads a select's value back.
    pub fn from_value(v: &str) -> ReadAs {
        match v {
            "timestamp" => ReadAs::Timestamp,
            other => Series::from_name(other).map_or(ReadAs::Nothing, ReadAs::Series),
        }
    }
}

impl Source {
    /// A file as chosen, to be read by its column names.
    pub fn new(name: String, bytes: Arc<[u8]>) -> Source {
        let header = header_cells(&bytes).unwrap_or_default();
        Source {
            name,
            bytes,
            options: LoadOptions::default(),
            read_as: vec![ReadAs::Nothing; header.len()],
            chosen: vec![ReadAs::Nothing; header.len()],
            header,
        }
    }
}

/// What each cell of `header` was read as with `options`: the timestamp column (the loader's
/// own rule, [`timestamp_index`]), the series `measured` found (by their header text, compared
/// as the loader compares names, [`header_key`]), the rest nothing.
pub fn read_as(
    header: &[String],
    options: &LoadOptions,
    measured: Option<&Measured>,
) -> Vec<ReadAs> {
    let ts = timestamp_index(header.iter().map(String::as_str), options);
    header
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            if Some(i) == ts {
                return ReadAs::Timestamp;
            }
            measured
                .and_then(|m| {
                    let key = header_key(cell);
                    m.series.iter().find(|s| header_key(&s.column) == key)
                })
                .map_or(ReadAs::Nothing, |s| ReadAs::Series(s.series))
        })
        .collect()
}

/// The options that read `header` as `choice`, or the sentence saying what is missing.
pub fn options_for(
    lang: Lang,
    name: &str,
    header: &[String],
    choice: &[ReadAs],
) -> Result<LoadOptions, String> {
    let file = || ("file", Arg::Text(name.to_string()));
    let mut options = LoadOptions::default();
    let mut seen: Vec<Series> = Vec::new();
    for (cell, what) in header.iter().zip(choice) {
        match *what {
            ReadAs::Timestamp if options.timestamp_column.is_none() => {
                options.timestamp_column = Some(cell.clone());
            }
            ReadAs::Series(s) => {
                if seen.contains(&s) {
                    return Err(translate(
                        lang,
                        "measured-columns-twice",
                        &[file(), ("series", Arg::Text(s.name().to_string()))],
                    ));
                }
                seen.push(s);
                options.mapping.push(ColumnMapping {
                    header: cell.clone(),
                    series: s,
                    unit: None,
                });
            }
            _ => {}
        }
    }
    if options.timestamp_column.is_none() {
        return Err(translate(lang, "measured-columns-no-timestamp", &[file()]));
    }
    if options.mapping.is_empty() {
        return Err(translate(lang, "measured-columns-no-series", &[file()]));
    }
    Ok(options)
}

/// Reads every source with its options: the files that load merged in order (a later file's
/// series replaces the same series of an earlier one) and each refused file's sentence. Each
/// source's `read_as` is brought up to date.
pub fn read_all(lang: Lang, sources: &mut [Source]) -> (Option<Loaded>, Vec<String>) {
    let mut merged: Option<Measured> = None;
    let mut names = Vec::new();
    let mut refused = Vec::new();
    for s in sources.iter_mut() {
        match load::parse_measured(lang, &s.name, &s.bytes, &s.options) {
            Ok(m) => {
                s.read_as = read_as(&s.header, &s.options, Some(&m));
                s.chosen = s.read_as.clone();
                names.push(s.name.clone());
                match merged.as_mut() {
                    Some(all) => all.merge(m),
                    None => merged = Some(m),
                }
            }
            Err(e) => {
                s.read_as = read_as(&s.header, &s.options, None);
                s.chosen = s.read_as.clone();
                refused.push(e);
            }
        }
    }
    let name = match names.len() {
        0 | 1 => names.concat(),
        n => {
            translate(
                lang,
                "measured-files",
                &[("count", Arg::Text(n.to_string()))],
            ) + &format!(" ({})", names.join(", "))
        }
    };
    (merged.map(|m| load::loaded(name, m)), refused)
}

/// The columns of every file chosen, a select each, and the button that reads them again.
#[component]
pub fn ColumnChoice(
    /// The files of the last choice.
    sources: RwSignal<Vec<Source>>,
    /// Reads the files again (after `sources` took the user's choice).
    reread: Callback<()>,
    /// Where a sentence about a bad choice goes.
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let apply = move |_| {
        let lang = i18n.lang.get_untracked();
        let mut next = sources.get_untracked();
        for s in next.iter_mut() {
            match options_for(lang, &s.name, &s.header, &s.chosen) {
                Ok(o) => s.options = o,
                Err(m) => return message.set(Some(m)),
            }
        }
        sources.set(next);
        reread.run(());
    };
    let options = move |selected: ReadAs| {
        let mut all = vec![
            (ReadAs::Nothing, i18n.t("measured-columns-nothing")),
            (ReadAs::Timestamp, i18n.t("measured-columns-timestamp")),
        ];
        for s in Series::ALL {
            all.push((
                ReadAs::Series(s),
                format!("{} ({})", super::view::series_label(i18n, s), s.name()),
            ));
        }
        all.into_iter()
            .map(|(r, label)| {
                view! { <option value=r.value() selected=r == selected>{label}</option> }.into_any()
            })
            .collect::<Vec<_>>()
    };
    let any_unread = move || {
        sources.with(|s| {
            s.iter()
                .any(|s| s.read_as.iter().all(|r| !matches!(r, ReadAs::Series(_))))
        })
    };
    move || {
        let files = sources.get();
        if files.iter().all(|s| s.header.is_empty()) {
            return None;
        }
        let tables = files
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.header.is_empty())
            .map(|(f, s)| {
                let rows = s
                    .header
                    .iter()
                    .enumerate()
                    .map(|(c, cell)| {
                        let now = s.chosen.get(c).copied().unwrap_or(ReadAs::Nothing);
                        // Kept in the source without redrawing the selects.
                        let on_change = move |ev: leptos::ev::Event| {
                            let v = ReadAs::from_value(&event_target_value(&ev));
                            sources.update_untracked(|all| {
                                if let Some(slot) =
                                    all.get_mut(f).and_then(|s| s.chosen.get_mut(c))
                                {
                                    *slot = v;
                                }
                            });
                        };
                        view! {
                            <tr>
                                <th scope="row"><code>{cell.clone()}</code></th>
                                <td><select data-control="measured-column" data-file=f data-column=c
                                    aria-label=format!("{}: {}", i18n.t("measured-columns-as"), cell)
                                    on:change=on_change>{options(now)}</select></td>
                            </tr>
                        }
                        .into_any()
                    })
                    .collect::<Vec<_>>();
                view! {
                    <table class="measured-table" data-table="measured-columns" data-file=f>
                        <caption>{i18n.t_args("measured-columns-title",
                            &[("file", Arg::Text(s.name.clone()))])}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("measured-columns-col")}</th>
                            <th scope="col">{i18n.t("measured-columns-as")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        Some(
            view! {
                <details class="measured-columns" data-measured-columns="" open=any_unread()>
                    <summary>{i18n.t("measured-columns-summary")}</summary>
                    {tables}
                    <button type="button" data-action="measured-columns-apply" on:click=apply>
                        {i18n.t("measured-columns-apply")}</button>
                </details>
            }
            .into_any(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ODD: &str = "Data/Ora;Potenza IT [MW];Calore (kW);note\n\
                       01/07/2023 14:00;1,5;900;x\n\
                       01/07/2023 15:00;1,6;950;y\n";

    #[test]
    fn a_file_with_other_names_is_refused_then_read_with_the_users_columns() {
        let mut sources = vec![Source::new("misure.csv".into(), Arc::from(ODD.as_bytes()))];
        assert_eq!(
            sources[0].header,
            ["Data/Ora", "Potenza IT [MW]", "Calore (kW)", "note"]
        );
        let (loaded, refused) = read_all(Lang::It, &mut sources);
        assert!(loaded.is_none());
        assert_eq!(refused.len(), 1);
        assert!(refused[0].contains("misure.csv"), "{}", refused[0]);
        assert_eq!(sources[0].read_as, vec![ReadAs::Nothing; 4]);

        // No timestamp chosen, then a series twice: said, naming the file.
        let choice = [
            ReadAs::Nothing,
            ReadAs::Series(Series::ItKw),
            ReadAs::Nothing,
            ReadAs::Nothing,
        ];
        let e = options_for(Lang::En, "misure.csv", &sources[0].header, &choice)
            .expect_err("no timestamp");
        assert!(e.contains("timestamp"), "{e}");
        let twice = [
            ReadAs::Timestamp,
            ReadAs::Series(Series::ItKw),
            ReadAs::Series(Series::ItKw),
            ReadAs::Nothing,
        ];
        let e = options_for(Lang::En, "misure.csv", &sources[0].header, &twice).expect_err("twice");
        assert!(e.contains("it_kw"), "{e}");

        let choice = [
            ReadAs::Timestamp,
            ReadAs::Series(Series::ItKw),
            ReadAs::Series(Series::HeatDeliveredKw),
            ReadAs::Nothing,
        ];
        sources[0].options =
            options_for(Lang::En, "misure.csv", &sources[0].header, &choice).expect("complete");
        let (loaded, refused) = read_all(Lang::En, &mut sources);
        assert!(refused.is_empty(), "{refused:?}");
        let m = loaded.expect("loads").data;
        // MW in the header's brackets scales; the Italian decimal comma reads.
        let it = m.get(Series::ItKw).expect("IT");
        let h = (0..8760)
            .find(|&h| it.values[h].is_some())
            .expect("an hour");
        assert_eq!(it.values[h], Some(1500.0));
        let heat = m.get(Series::HeatDeliveredKw).expect("heat");
        assert_eq!(heat.values[h], Some(900.0));
        assert_eq!(sources[0].read_as, choice.to_vec());
    }

    #[test]
    fn several_files_merge_and_a_bad_one_is_named_while_the_others_load() {
        let a = "timestamp,it_kw\n2023-01-01T00:00:00+01:00,100\n";
        let b = "timestamp,heat_delivered_kw\n2023-01-01T00:00:00+01:00,70\n";
        let bad = "timestamp,it_kw\n2023-01-01T00:00:00+01:00,abc\n";
        let mut sources: Vec<Source> = [("a.csv", a), ("b.csv", b), ("bad.csv", bad)]
            .into_iter()
            .map(|(n, t)| Source::new(n.into(), Arc::from(t.as_bytes())))
            .collect();
        let (loaded, refused) = read_all(Lang::En, &mut sources);
        let l = loaded.expect("two load");
        assert_eq!(
            l.data.get(Series::ItKw).and_then(|s| s.values[0]),
            Some(100.0)
        );
        assert_eq!(
            l.data
                .get(Series::HeatDeliveredKw)
                .and_then(|s| s.values[0]),
            Some(70.0)
        );
        assert!(
            l.name.contains("a.csv") && l.name.contains("b.csv"),
            "{}",
            l.name
        );
        assert_eq!(refused.len(), 1);
        assert!(
            refused[0].contains("bad.csv") && refused[0].contains("line 2"),
            "{}",
            refused[0]
        );
        assert_eq!(
            sources[0].read_as,
            [ReadAs::Timestamp, ReadAs::Series(Series::ItKw)]
        );
    }
}
