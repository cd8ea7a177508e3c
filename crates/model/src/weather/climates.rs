//! The built-in climates (MODEL.md §1.1): the PVGIS typical meteorological year `po-valley`
//! (the default), and named cities made as synthetic years (§1.4) from published monthly
//! normals.
//!
//! Every entry records its station, period and source, shown in the app's Sources panel. A
//! synthetic city's diurnal amplitude is half its mean daily range from the same table or
//! series: `A_d = (mean of the 12 monthly mean maxima − mean of the 12 monthly mean minima) / 2`.
//! Where no daily maximum/minimum series for the city was found (`helsinki`, `copenhagen`,
//! `paris`), the amplitude is borrowed from a named comparable city and the entry says so.
//!
//! Monthly means are either read from a published table or computed by us from a named,
//! archived national or ECA&D station series (each entry says which); a city whose
//! temperatures could not be traced to such a source is left out rather than estimated.
//!
//! Every entry also records its heating design temperature with its source (or why it is
//! assumed), its standard-time offset from UTC, and the design cold spell laid over its year
//! when the year alone does not reach the design temperature within 2 K
//! (docs/model/climates.md: the nine synthetic cities get one on 20–24 January; the PVGIS year,
//! whose coldest hour is −3.81 °C against Milan's −5 °C, does not).

use std::sync::OnceLock;

use serde::Serialize;

use super::cold_spell::{apply_cold_spell, shift_to_local, ColdSpell};
use super::{read_csv, synthetic_year};

/// How a built-in climate's hourly year is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClimateKind {
    /// A measured or reanalysis typical meteorological year, shipped as hourly data.
    Tmy,
    /// A synthetic year (MODEL.md §1.4) from the monthly means and diurnal amplitude.
    Synthetic,
}

/// A built-in climate: what the app lists and what [`builtin_year`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Climate {
    /// Identifier used in scenarios (`weather.builtin`), lowercase and hyphenated.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Country, in English.
    pub country: &'static str,
    /// How the hourly year is made.
    pub kind: ClimateKind,
    /// Monthly mean temperatures, °C, January first. For [`ClimateKind::Synthetic`] these
    /// define the year (the cold spell keeps them); for [`ClimateKind::Tmy`] they are the means
    /// of the shipped hours (UTC; the local-time year differs by less than 0.02 K).
    pub monthly_means_c: [f64; 12],
    /// Half the mean daily temperature range, K (the `A_d` of §1.4). For a TMY it is computed
    /// from the hourly data (UTC days) and is informative only.
    pub diurnal_amplitude_k: f64,
    /// Weather station or grid point the figures describe.
    pub station: &'static str,
    /// Period the figures cover.
    pub period: &'static str,
    /// Publisher and table the figures were taken from.
    pub source: &'static str,
    /// Heating design outdoor temperature, °C (docs/model/climates.md §2): the national
    /// standard's value where one was traced, else ASHRAE 99.6 %, else an assumed value
    /// ([`Climate::design_assumed`]).
    pub design_temperature_c: f64,
    /// Standard, table and station of [`Climate::design_temperature_c`], or why it is assumed.
    pub design_source: &'static str,
    /// Whether the design temperature is assumed (not read in a published table).
    pub design_assumed: bool,
    /// Offset of the place's standard time from UTC, hours (CET = 1). The model's hour 0 is
    /// 1 January 00:00 local standard time; a year shipped in UTC is shifted by this much
    /// (docs/model/climates.md §4).
    pub utc_offset_h: i32,
    /// The design cold spell laid over the year, or `None` when the year's coldest hour already
    /// reaches the design temperature within 2 K (docs/model/climates.md §3.1).
    pub cold_spell: Option<ColdSpell>,
}

/// The hourly PVGIS TMY for 45.000 N, 8.000 E: header `t_out_c`, then 8,760 values (°C, 2
/// decimals, UTC), the T2m column of `data/weather/tmy_45.000_8.000_2005_2020.csv`; see
/// `crates/model/data/README.md` for the attribution and the command that made it.
const PO_VALLEY_CSV: &str = include_str!("../../data/po-valley.csv");

/// Stockholm's half daily range, K: (mean of the daily maxima 11.125 − of the minima 4.841) / 2,
/// Bolin Centre series 1991–2017; also used where no max/min series was found.
const STOCKHOLM_AMPLITUDE_K: f64 = (11.125 - 4.841) / 2.0;

/// The catalogue, `po-valley` first.
static CLIMATES: [Climate; 10] = [
    Climate {
        id: "po-valley",
        name: "Po Valley (PVGIS typical year)",
        country: "Italy",
        kind: ClimateKind::Tmy,
        // Means of the shipped hours, as in data/weather/README.md (checked by a test).
        monthly_means_c: [
            4.14, 4.99, 8.95, 15.00, 18.46, 20.58, 24.84, 21.82, 20.40, 13.97, 6.31, 3.75,
        ],
        // Half the mean daily (UTC day) range of the shipped hours (checked by a test).
        diurnal_amplitude_k: 4.41,
        station: "PVGIS grid point 45.000 N, 8.000 E, 250 m (Piedmont, about 100 km WSW of Milan)",
        period: "2005–2020 (typical meteorological year; each month from one year)",
        source: "PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024, European \
                 Commission Joint Research Centre",
        design_temperature_c: -5.0,
        design_source: "UNI 5364:1976 (referenced by the Italian annex of UNI EN 12831), Milano, −5 °C, as transcribed in third-party datasets (secondary); the grid point is about 100 km WSW of Milan",
        design_assumed: false,
        utc_offset_h: 1,
        cold_spell: None,
    },
    // Milan, Milano Linate airport (Aeronautica Militare synoptic station 16080, 103 m).
    // Read in the GitHub repository valori-climatologici-1991-2020/aeronautica, files
    // csv/mensili/Tmax/Tmax_<Mon>.csv and csv/mensili/Tmin/Tmin_<Mon>.csv (Jan–Mar, May, Oct
    // and Dec Tmax at csv/mensili/Tmax_<Mon>.csv), row "MILANO/LINATE;160800", column
    // "climatologico". Its README: provisional 1991–2020 climatological values computed from
    // NOAA GSOD daily data (ftp.ncdc.noaa.gov/pub/data/gsod), 4/10 missing-day rule, at most 6
    // missing years in 30, not homogenised, December 2020 incomplete, no spatial checks. Not
    // the official Aeronautica Militare normal. Monthly mean maximum / minimum, °C (1 dp here,
    // the code uses the file's unrounded values):
    //   Jan 7.4/−0.4, Feb 10.3/0.6, Mar 15.6/4.5, Apr 19.3/8.4, May 24.1/13.1, Jun 28.3/17.3,
    //   Jul 30.7/19.3, Aug 30.3/19.0, Sep 25.4/14.8, Oct 19.0/10.3, Nov 12.4/5.2, Dec 7.7/0.6.
    // Mean = (max + min)/2. Mean of the maxima 19.207 (the repository's annual Tmax file gives
    // 19.207 for Linate too), of the minima 9.391 → A_d = (19.207 − 9.391)/2 = 4.91 K.
    Climate {
        id: "milan",
        name: "Milan (Linate)",
        country: "Italy",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            3.49, 5.44, 10.04, 13.85, 18.63, 22.80, 24.99, 24.65, 20.08, 14.67, 8.80, 4.15,
        ],
        diurnal_amplitude_k: 4.91,
        station: "Milano Linate (WMO 16080), 103 m",
        period: "1991–2020",
        source: "valori-climatologici-1991-2020/aeronautica (GitHub): provisional, \
                 non-homogenised 1991–2020 means of daily max and min computed from NOAA GSOD; \
                 mean = (max + min)/2; not the official Aeronautica Militare normal",
        design_temperature_c: -5.0,
        design_source: "UNI 5364:1976 (referenced by the Italian annex of UNI EN 12831), Milano, −5 °C, as transcribed in third-party datasets (secondary); ASHRAE 99.6 % at Linate is −6.0 °C",
        design_assumed: false,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-5.0, 4.91)),
    },
    // Brescia, Brescia Ghedi air base (Aeronautica Militare synoptic station 16088, 97 m; the
    // same repository has no usable Montichiari row). Same repository, files and caveats as
    // `milan`, row "BRESCIA/GHEDI;160880". Monthly mean maximum / minimum, °C:
    //   Jan 6.3/−1.3, Feb 9.4/−0.4, Mar 14.8/3.6, Apr 18.9/7.6, May 23.9/12.4, Jun 28.0/16.8,
    //   Jul 30.5/18.7, Aug 30.3/18.5, Sep 25.2/14.2, Oct 18.6/9.6, Nov 11.8/4.6, Dec 6.8/−0.6.
    // Mean of the maxima 18.700 (annual file: 18.700), of the minima 8.652
    // → A_d = (18.700 − 8.652)/2 = 5.02 K.
    Climate {
        id: "brescia",
        name: "Brescia (Ghedi)",
        country: "Italy",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            2.53, 4.49, 9.17, 13.27, 18.16, 22.39, 24.60, 24.37, 19.72, 14.11, 8.22, 3.09,
        ],
        diurnal_amplitude_k: 5.02,
        station: "Brescia Ghedi (WMO 16088), 97 m",
        period: "1991–2020",
        source: "valori-climatologici-1991-2020/aeronautica (GitHub): provisional, \
                 non-homogenised 1991–2020 means of daily max and min computed from NOAA GSOD; \
                 mean = (max + min)/2; not the official Aeronautica Militare normal",
        design_temperature_c: -7.0,
        design_source: "UNI 5364:1976 (referenced by the Italian annex of UNI EN 12831), Brescia, −7 °C, as transcribed in third-party datasets (secondary)",
        design_assumed: false,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-7.0, 5.02)),
    },
    // Dublin Airport (Met Éireann station 532, 71 m, 53.428 N 6.241 W). Met Éireann's
    // published monthly series mly532.csv (data.gov.ie, CC BY 4.0), read as archived in the
    // GitHub repository stephenc/ireland-weather-data, file dublin-airport/mly532-2025-06-18.csv.
    // The numbers below are OUR averages of its 1991–2020 rows (30 values per month, none
    // missing) of `meant` (mean air temperature), `mnmax` and `mnmin` (mean daily maximum and
    // minimum); Met Éireann's own published 1991–2020 table was not found to compare against.
    // Mean max / min, °C:
    //   Jan 8.17/2.43, Feb 8.58/2.17, Mar 10.18/2.72, Apr 12.31/3.87, May 15.03/6.35,
    //   Jun 17.74/8.94, Jul 19.41/10.97, Aug 19.15/10.81, Sep 17.02/8.99, Oct 13.68/6.72,
    //   Nov 10.38/4.32, Dec 8.44/2.72.
    // Mean of the maxima 13.34, of the minima 5.92 → A_d = 3.71 K. Annual mean 9.63 °C (Met
    // Éireann's 1991–2020 national mean, reported in the press, is 9.8 °C).
    Climate {
        id: "dublin",
        name: "Dublin (Airport)",
        country: "Ireland",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            5.30, 5.38, 6.46, 8.08, 10.68, 13.34, 15.19, 14.97, 13.00, 10.20, 7.35, 5.59,
        ],
        diurnal_amplitude_k: 3.71,
        station: "Dublin Airport (Met Éireann 532), 71 m",
        period: "1991–2020",
        source: "Met Éireann monthly data mly532 (data.gov.ie, CC BY 4.0), 1991–2020 averages \
                 of meant, mnmax and mnmin computed for heat-twin; not Met Éireann's published \
                 normals table",
        design_temperature_c: -3.0,
        design_source: "assumed: no Irish national-annex or ASHRAE value traced; −3 °C as commonly quoted for Dublin in Irish heat-loss practice, not read in a primary source",
        design_assumed: true,
        utc_offset_h: 0,
        cold_spell: Some(ColdSpell::design(-3.0, 3.71)),
    },
    // Frankfurt am Main, DWD station 01420 "Frankfurt/Main". DWD Climate Data Center monthly
    // climate data (monatswerte KL for station 01420, July 1935 to December 2024),
    // read as archived in the GitHub repository wolfig/NoaaDataPlotter, file
    // Daten/DWD/DWD_FrankfurtMonatlich_19350701_20241231_01420.txt (the archiver renamed the
    // columns MO_TT, MO_TX, MO_TN to TAVG, TMAX, TMIN). The numbers below are OUR averages of its
    // 1991–2020 rows (30 values per month, none missing) of MO_TT (monthly mean of the daily
    // means), MO_TX and MO_TN (mean daily maximum and minimum); DWD's own published 1991–2020
    // normals table was not found to compare against. Cross-check: the daily KL series of the
    // same station in the same repository (Daten/DWD/FrankfurtMain_19350701_20241231.csv, every
    // day of 1991–2020 present) gives the same monthly means to 0.01 K. Mean max / min, °C:
    //   Jan 4.90/−0.52, Feb 6.59/−0.42, Mar 11.35/2.24, Apr 16.48/5.37, May 20.40/9.29,
    //   Jun 23.95/12.78, Jul 26.14/14.81, Aug 25.71/14.43, Sep 20.81/10.64, Oct 14.85/6.74,
    //   Nov 8.91/3.19, Dec 5.47/0.41.
    // Mean of the maxima 15.463, of the minima 6.580 → A_d = (15.463 − 6.580)/2 = 4.44 K.
    // Annual mean 11.06 °C. (This replaces figures copied from a travel site, whose 1991–2020
    // max/min table, 15.43/6.76 annual, evidently described the same station.)
    Climate {
        id: "frankfurt",
        name: "Frankfurt am Main",
        country: "Germany",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            2.32, 3.11, 6.80, 11.09, 15.06, 18.52, 20.50, 19.97, 15.54, 10.66, 6.11, 3.07,
        ],
        diurnal_amplitude_k: 4.44,
        station: "Frankfurt/Main (DWD station 01420)",
        period: "1991–2020",
        source: "DWD Climate Data Center, monthly climate data (KL) for station 01420, 1991–2020 \
                 averages of MO_TT, MO_TX and MO_TN computed for heat-twin; not DWD's published \
                 normals table",
        design_temperature_c: -12.0,
        design_source: "assumed: no DIN/TS 12831-1 value for Frankfurt traced; −12 °C, the value of the neighbouring DIN reference stations Mannheim, Würzburg and Kassel (Valentin Software T*SOL climate defaults)",
        design_assumed: true,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-12.0, 4.44)),
    },
    // Amsterdam, represented by De Bilt (KNMI station 260, WMO 06260, near Utrecht), KNMI's
    // main climate station; the Schiphol series (station 240), closer to Amsterdam, was not
    // found in an archived copy. KNMI daily data file etmgeg_260.txt ("BRON: KONINKLIJK
    // NEDERLANDS METEOROLOGISCH INSTITUUT (KNMI)"), read as archived in the GitHub repository
    // vnglst/dutch-climate-data, file mocks/etmgeg_260.zip (data to 2024-01-05). The numbers
    // below are OUR averages over 1991–2020 of the daily TG (24-hour mean), TN and TX (daily
    // minimum and maximum), 0.1 °C in the file; every day of the 30 years is present. KNMI's
    // header warns that the daily series is not homogenised (station moves, method changes).
    // Cross-check: KNMI's monthly-mean file mndgeg_260_tg.txt, archived in the same repository
    // (mocks/mndgeg_260_tg.txt, commit a717984), averaged over 1991–2020 gives the same monthly
    // means within 0.01 K and a year-column mean of 10.54 °C. KNMI's own published 1991–2020
    // normals table was not found to compare against. Mean max / min, °C:
    //   Jan 6.13/0.88, Feb 7.03/0.73, Mar 10.49/2.37, Apr 14.84/4.52, May 18.34/7.97,
    //   Jun 20.93/10.83, Jul 23.08/12.99, Aug 22.88/12.51, Sep 19.47/10.02, Oct 14.83/7.09,
    //   Nov 9.92/3.93, Dec 6.66/1.55.
    // Mean of the maxima 14.550, of the minima 6.282 → A_d = (14.550 − 6.282)/2 = 4.13 K.
    // Annual mean 10.54 °C.
    Climate {
        id: "amsterdam",
        name: "Amsterdam (De Bilt)",
        country: "Netherlands",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            3.62, 3.91, 6.48, 9.85, 13.43, 16.15, 18.24, 17.85, 14.70, 10.92, 7.04, 4.23,
        ],
        diurnal_amplitude_k: 4.13,
        station: "De Bilt (KNMI 260, WMO 06260), near Utrecht, standing in for Amsterdam",
        period: "1991–2020",
        source: "KNMI daily data etmgeg_260 (TG, TN, TX), 1991–2020 averages computed for \
                 heat-twin; not KNMI's published normals table",
        design_temperature_c: -10.0,
        design_source: "Netherlands national design outdoor temperature −10 °C, before the 0–4 K building time-constant correction (Linear, climate data for the Netherlands)",
        design_assumed: false,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-10.0, 4.13)),
    },
    // Stockholm, Stockholm Old Astronomical Observatory (Observatoriekullen; ECA&D station 10
    // "STOCKHOLM", 59°21′ N 18°03′ E, 44 m). Monthly means: OUR 1991–2020 averages of the
    // ECA&D blended daily mean temperature series TG_STAID000010.txt (European Climate
    // Assessment & Dataset, file created 19-06-2022; all 1991–2020 days from source 36122, none
    // flagged or missing), read as archived in the GitHub repository
    // AkiTheMemeGod/HistoricalWeatherAPI, file data_small/TG_STAID000010.txt. ECA&D's file
    // header restricts use to non-commercial research and education with acknowledgement of
    // Klein Tank et al. (2002), Int. J. Climatol. 22, 1441–1453; only these derived means are
    // entered here. Diurnal amplitude: the ECA&D set archived there has no TX/TN, so the daily
    // maxima and minima come from the Bolin Centre (Stockholm University) raw daily series of
    // the same observatory (Moberg et al. 2002, Climatic Change 53, 171–212; data from SMHI),
    // files stockholm_daily_temp_obs_1961_2012_t1t2t3txtntm.txt and
    // stockholm_daily_temp_obs_2013_2017_t1t2t3txtntm.txt, read as archived in the GitHub
    // repository vvijeesh/weather_forecast under weatherForecast/src/main/resources/Temperature/.
    // That series ends in 2017, so the amplitude covers 1991–2017 (27 years in every month, at
    // most 2 days missing). Its estimated daily mean over 1991–2017 equals the ECA&D TG over the
    // same years within 0.01 K in every month (annual 7.75 °C), which confirms they are the same
    // station. Mean max / min 1991–2017, °C:
    //   Jan 0.81/−3.08, Feb 1.01/−3.35, Mar 4.65/−1.05, Apr 10.54/2.49, May 16.41/7.06,
    //   Jun 20.49/11.43, Jul 23.57/14.76, Aug 21.96/14.12, Sep 16.51/10.09, Oct 10.00/5.42,
    //   Nov 5.26/1.69, Dec 2.29/−1.48.
    // Mean of the maxima 11.125, of the minima 4.841 → A_d = (11.125 − 4.841)/2 = 3.14 K.
    // Annual mean (TG, 1991–2020) 7.88 °C. SMHI's own published 1991–2020 normals were not found
    // to compare against.
    Climate {
        id: "stockholm",
        name: "Stockholm (Observatoriekullen)",
        country: "Sweden",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            -0.96, -1.02, 1.65, 6.31, 11.42, 15.73, 18.67, 17.73, 13.09, 7.67, 3.61, 0.61,
        ],
        diurnal_amplitude_k: STOCKHOLM_AMPLITUDE_K,
        station: "Stockholm Old Astronomical Observatory (ECA&D 10), 44 m",
        period: "1991–2020",
        source: "ECA&D blended daily mean temperature, station 10 (Klein Tank et al. 2002; \
                 non-commercial use), 1991–2020 monthly averages computed for heat-twin; \
                 amplitude from the Bolin Centre Stockholm daily max/min series (SMHI data), \
                 1991–2017",
        design_temperature_c: -16.0,
        design_source: "assumed: no Boverket/SMHI DVUT value traced; −16 °C as used in Swedish heat-pump sizing practice for Stockholm, not read in a primary source",
        design_assumed: true,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-16.0, STOCKHOLM_AMPLITUDE_K)),
    },
    // Helsinki, Helsinki Kaisaniemi (ECA&D station 28 "HELSINKI KAISANIEMI", 60°10′30″ N
    // 24°56′52″ E, 4 m). Monthly means: OUR 1991–2020
    // averages of the ECA&D blended daily mean temperature series TG_STAID000028.txt (file
    // created 19-06-2022; 1991–2020 days from source 84 except one from source 42234; one
    // January day flagged suspect and left out, so January has 929 of 930 days), read as
    // archived in the GitHub repository AkiTheMemeGod/HistoricalWeatherAPI, file
    // data_small/TG_STAID000028.txt. Same ECA&D terms and reference as `stockholm`. FMI's own
    // published 1991–2020 normals were not found to compare against.
    // Diurnal amplitude: NOT MEASURED HERE. No archived daily maximum/minimum series for
    // Kaisaniemi was found, so A_d is taken from `stockholm` (3.14 K, Bolin Centre 1991–2017),
    // the nearest comparable city station on the Baltic at about the same latitude. This is a
    // documented proxy, not a Helsinki figure; replace it when FMI Kaisaniemi max/min are found.
    // Annual mean 6.47 °C.
    Climate {
        id: "helsinki",
        name: "Helsinki (Kaisaniemi)",
        country: "Finland",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            -3.12, -3.80, -0.71, 4.39, 10.36, 14.86, 18.12, 16.92, 12.27, 6.62, 2.42, -0.71,
        ],
        diurnal_amplitude_k: STOCKHOLM_AMPLITUDE_K,
        station: "Helsinki Kaisaniemi (ECA&D 28), 4 m",
        period: "1991–2020",
        source: "ECA&D blended daily mean temperature, station 28 (Klein Tank et al. 2002; \
                 non-commercial use), 1991–2020 monthly averages computed for heat-twin; \
                 diurnal amplitude borrowed from Stockholm (no Helsinki max/min found)",
        design_temperature_c: -23.7,
        design_source: "ASHRAE 99.6 % heating dry bulb, Helsinki-Vantaa airport, −23.7 °C (CRC Press companion data K10576, ASHRAE-format design tables); Kaisaniemi, in the city centre, is milder",
        design_assumed: false,
        utc_offset_h: 2,
        cold_spell: Some(ColdSpell::design(-23.7, STOCKHOLM_AMPLITUDE_K)),
    },
    // Copenhagen, København Landbohøjskolen (ECA&D station 116 "KOEBENHAVN:
    // LANDBOHOJSKOLEN-1", 55°40′59″ N 12°31′59″ E, 9 m).
    // Monthly means: OUR 1991–2020 averages of the valid days (quality code 0) of the ECA&D
    // blended daily mean temperature series TG_STAID000116.txt (file created 16-11-2022;
    // blended from sources 834 and 837, with 83 days filled from source 906180, which ECA&D
    // takes from the Copenhagen airport SYNOP 06180), read as archived in the GitHub repository
    // rohan-1314/weather-api, file data/TG_STAID000116.txt. Coverage: every one of the 360
    // months has at least 20 valid days; the lowest calendar month is November, 882 of 900
    // days valid; over 1991–2020, 2 days are missing and 54 flagged suspect, all left out. Same ECA&D terms and reference as `stockholm`. The twin series STAID 119
    // (same site) gives an annual mean 9.64 °C against 9.66 °C here. DMI's own published
    // 1991–2020 normals were not found to compare against.
    // Diurnal amplitude: NOT MEASURED HERE. No archived daily maximum/minimum series for
    // Copenhagen was found, so A_d is taken from `stockholm` (3.14 K), the other Baltic-coast
    // city station in this catalogue. A documented proxy, not a Copenhagen figure.
    // Annual mean 9.66 °C.
    Climate {
        id: "copenhagen",
        name: "Copenhagen (Landbohøjskolen)",
        country: "Denmark",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            1.78, 1.88, 4.05, 8.50, 12.85, 16.10, 18.55, 18.40, 14.73, 10.03, 5.94, 3.07,
        ],
        diurnal_amplitude_k: STOCKHOLM_AMPLITUDE_K,
        station: "København Landbohøjskolen (ECA&D 116), 9 m",
        period: "1991–2020",
        source: "ECA&D blended daily mean temperature, station 116 (Klein Tank et al. 2002; \
                 non-commercial use), 1991–2020 monthly averages computed for heat-twin; \
                 diurnal amplitude borrowed from Stockholm (no Copenhagen max/min found)",
        design_temperature_c: -12.0,
        design_source: "assumed: DS 418 national design outdoor temperature, commonly quoted as −12 °C; the standard was not read",
        design_assumed: true,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-12.0, STOCKHOLM_AMPLITUDE_K)),
    },
    // Paris, Paris-Orly airport (ECA&D station 11249 "ORLY", 48°43′00″ N 2°23′03″ E, 89 m),
    // standing in for Paris; ECA&D's station list has no Paris-Montsouris series.
    // Monthly means: OUR 1991–2020 averages of the ECA&D blended daily mean temperature series
    // TG_STAID011249.txt (file created 16-11-2022; all 1991–2020 days from source 71642, none
    // flagged or missing), read as archived in the GitHub repository rohan-1314/weather-api,
    // file data/TG_STAID011249.txt. Same ECA&D terms and reference as `stockholm`.
    // Météo-France's own published 1991–2020 normals were not found to compare against.
    // Diurnal amplitude: NOT MEASURED HERE. No archived daily maximum/minimum series for a Paris
    // station was found, so A_d is taken from `frankfurt` (4.44 K, DWD 1991–2020), the inland
    // western-European airport station with measured max/min in this catalogue. A documented
    // proxy, not a Paris figure.
    // Annual mean 12.10 °C.
    Climate {
        id: "paris",
        name: "Paris (Orly)",
        country: "France",
        kind: ClimateKind::Synthetic,
        monthly_means_c: [
            4.65, 5.25, 8.33, 11.26, 14.84, 18.15, 20.37, 20.15, 16.52, 12.57, 7.95, 5.15,
        ],
        diurnal_amplitude_k: 4.44,
        station: "Paris-Orly (ECA&D 11249), 89 m",
        period: "1991–2020",
        source: "ECA&D blended daily mean temperature, station 11249 (Klein Tank et al. 2002; \
                 non-commercial use), 1991–2020 monthly averages computed for heat-twin; \
                 diurnal amplitude borrowed from Frankfurt (no Paris max/min found)",
        design_temperature_c: -7.0,
        design_source: "assumed: NF EN 12831/CN base temperature −7 °C (zone D, 0–200 m) as transcribed on French installer pages (secondary); Paris's zone not confirmed in a primary text",
        design_assumed: true,
        utc_offset_h: 1,
        cold_spell: Some(ColdSpell::design(-7.0, 4.44)),
    },
];

/// Every built-in climate, `po-valley` (the default) first.
pub fn climates() -> &'static [Climate] {
    &CLIMATES
}

/// The built-in climate `id`, if there is one.
pub fn climate(id: &str) -> Option<&'static Climate> {
    CLIMATES.iter().find(|c| c.id == id)
}

/// The hourly temperatures (°C, 8,760 values, hour 0 = 1 January 00:00 local standard time)
/// of the built-in climate `id` as the model uses them, or `None` for an unknown id.
///
/// The source year ([`builtin_source_year`]) shifted from UTC to local time for a TMY
/// (`po-valley`: `T[h] = T_utc[(h − 1) mod 8760]`), then with the climate's design cold spell
/// laid over it when it has one (docs/model/climates.md §3–§4).
pub fn builtin_year(id: &str) -> Option<Vec<f64>> {
    let c = climate(id)?;
    let source = builtin_source_year(id)?;
    let mut year = match c.kind {
        ClimateKind::Tmy => shift_to_local(&source, c.utc_offset_h),
        ClimateKind::Synthetic => source,
    };
    if let Some(spell) = &c.cold_spell {
        apply_cold_spell(&mut year, spell);
    }
    Some(year)
}

/// The built-in climate `id`'s year before the local-time shift and the cold spell, or `None`
/// for an unknown id: for `po-valley` the embedded PVGIS file exactly as shipped (UTC, parsed
/// once and cached), for a synthetic city `synthetic_year(monthly_means_c, diurnal_amplitude_k)`.
///
/// For comparing with an uploaded copy of the shipped file, bit for bit.
pub fn builtin_source_year(id: &str) -> Option<Vec<f64>> {
    let c = climate(id)?;
    match c.kind {
        ClimateKind::Tmy => po_valley().map(<[f64]>::to_vec),
        ClimateKind::Synthetic => Some(synthetic_year(&c.monthly_means_c, c.diurnal_amplitude_k)),
    }
}

/// The embedded PVGIS year, parsed once. `None` only if the embedded file were malformed,
/// which a test rules out.
fn po_valley() -> Option<&'static [f64]> {
    static YEAR: OnceLock<Option<Vec<f64>>> = OnceLock::new();
    YEAR.get_or_init(|| read_csv(PO_VALLEY_CSV.as_bytes()).ok())
        .as_deref()
}
